#!/usr/bin/env python3
"""Puts the census of the outcome tables (outcomes-000.json, written by census.py from the source
text) into the Harrow plan document. Every outcome takes its columns from its source row:
title, lead directorate, achievements, actions, plans, indicators, contacts and the gaps of
those columns; its targets, and gaps about other fields, stay as curated. The source's own
editorial queries become EDITORIAL_QUERY gaps. Rows that are not outcomes (a page-break
continuation, the 'Other areas of activity') keep their number and are withdrawn with the
census's reason, so every outcome keeps the id an earlier import gave it. Run from the
repository root; it rewrites the seed document in place and is idempotent.

  python3 seed-curation/census.py --out seed-curation/outcomes-000.json
  python3 seed-curation/merge_census.py
"""
import json

import seed_document
import re

CENSUS = "seed-curation/outcomes-000.json"
COLUMNS = ("title", "leadDirectorate", "achievements", "actions", "plans", "indicators", "contacts")
JOINED = re.compile(r"Joined from source lines [^.]*\.txt \(continuation rows after page breaks merged\)\.\s*")
CENSUS_NOTE = "Census of seed 000 (seed-curation/census.py), {lines}"


def number(outcome_id):
    return int(outcome_id.rsplit("-", 1)[1])


def curated_notes(previous, row):
    kept = JOINED.sub("", previous or "").split(CENSUS_NOTE.split("{")[0])[0].strip()
    first, last = row["sourceLines"]
    census = CENSUS_NOTE.format(lines=f"line {first}" if first == last else f"lines {first}-{last}")
    if row["judgement"] and row["judgement"] != "read as printed":
        census += ": " + row["judgement"].rstrip(". ")
    return (kept + "\n" + census + ".") if kept else census + "."


def gaps(previous, row):
    kept = [g for g in (previous or []) if g["field"] not in COLUMNS]
    queried = [{"field": q["field"], "kind": "EDITORIAL_QUERY", "wording": q["printed"],
                "note": "The source queries its own wording here."} for q in row["editorialQueries"]]
    return row["gaps"] + queried + kept


OTHER = "OTHER"
# Where each theme prints its "Other areas of activity" heading, and its placeholder for the BVPI table.
OTHER_AREAS = {"ENV": 546, "COM": 619, "LRN": 700, "HSC": 796, "ECO": 853, "CFC": 916}
BVPI_PLACEHOLDER = {"ENV": (548, 549), "COM": (621, 622), "LRN": (704, 705), "HSC": (800, 801), "ECO": (862, 863),
                    "CFC": (920, 921)}


def theme_gaps(key, has_other_areas):
    """The theme's two gaps, each what the source says: an other-areas table with no rows, a BVPI table to come."""
    gaps = []
    if not has_other_areas:
        gaps.append({"field": "otherAreasOfActivity", "kind": "BLANK", "wording": None,
                     "note": f"Line {OTHER_AREAS[key]}: the source prints the heading 'Other areas of activity' and "
                             "the table's column header, but no rows."})
    first, last = BVPI_PLACEHOLDER[key]
    gaps.append({"field": "performanceIndicators", "kind": "MISSING_TABLE",
                 "wording": "- - followed by table of BVPIs - and local PIs if any -",
                 "note": f"Lines {first}-{last}: the placeholder for the theme's table of BVPIs and local PIs, not "
                         "printed in this draft."})
    return gaps


def contact(printed):
    """Name and phone; the label or role printed with them, and a team that is not a person, only where printed."""
    kept = {"name": printed["name"], "phone": printed["phone"]}
    kept.update({key: printed[key] for key in ("role", "team") if printed.get(key)})
    return kept


def with_their_notes(row):
    """Each indicator as printed, with the words that qualify it ("BV 117 to increase especially in …")."""
    notes = {n["indicator"]: n["text"] for n in row.get("indicatorNotes") or []}
    return [indicator + " " + notes[indicator] if indicator in notes else indicator for indicator in row["indicators"]]


def outcome(previous, row):
    previous = previous or {}
    merged = {column: row[column] for column in COLUMNS}
    merged["indicators"] = with_their_notes(row)
    merged["contacts"] = [contact(c) for c in row["contacts"]]
    merged["targets"] = previous.get("targets", [])
    merged["gaps"] = gaps(previous.get("gaps"), row)
    merged["notes"] = curated_notes(previous.get("notes"), row)
    status = row["status"]
    if status.startswith("merge-into:"):
        merged = {"title": row["title"], "leadDirectorate": row["leadDirectorate"], "achievements": None,
                  "actions": [], "plans": [], "indicators": [], "contacts": [], "targets": [], "gaps": [],
                  "notes": merged["notes"]}
    if status.startswith("merge-into:") or status == "not-an-outcome":
        merged["withdrawn"] = withdrawal(row)
    return merged


def withdrawal(row):
    if row["status"].startswith("merge-into:"):
        return f"not an outcome: source line {row['sourceLines'][0]} continues {row['status'].split(':')[1]} across a page break"
    return "not an outcome: the source prints it under 'Other areas of activity', not in the priority's outcome table"


def main():
    seed = seed_document.read()
    with open(CENSUS, encoding="utf-8") as f:
        census = json.load(f)
    rows = {}
    for row in census:
        rows.setdefault((row["themeKey"], row["priority"]), []).append(row)
    for theme in seed["themes"]:
        other = (theme["key"], OTHER)
        if other in rows and not any(p["letter"] == OTHER for p in theme["priorities"]):
            theme["priorities"].append({"letter": OTHER, "title": "Other areas of activity", "outcomes": [], "gaps": [],
                                        "notes": f"Seed 000, line {OTHER_AREAS[theme['key']]}: the table the source "
                                                 "prints after the lettered priorities, headed 'Other area' / 'Other "
                                                 "areas of activity', with no letter of its own."})
        theme["gaps"] = theme_gaps(theme["key"], other in rows)
    for theme in seed["themes"]:
        for priority in theme["priorities"] or []:
            these = sorted(rows.pop((theme["key"], priority["letter"]), []), key=lambda r: number(r["id"]))
            previous = priority["outcomes"] or []
            if [number(r["id"]) for r in these] != list(range(1, len(these) + 1)):
                raise SystemExit(f"{theme['key']}-{priority['letter']}: the census numbers are not 1..n")
            # curated parts (targets, notes) follow their outcome by title, not by position: a renumbering
            # (a split row numbered in printed order) must not hand one outcome's targets to another
            by_title = {o["title"]: o for o in previous if o.get("title")}
            priority["outcomes"] = [outcome(by_title.get(row["title"], previous[i] if i < len(previous) else None), row)
                                    for i, row in enumerate(these)]
    if rows:
        raise SystemExit(f"census rows with no priority in the seed: {sorted(rows)}")
    seed_document.write(seed)


if __name__ == "__main__":
    main()
