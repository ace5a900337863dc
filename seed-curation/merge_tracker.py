#!/usr/bin/env python3
"""Puts the improvement-plan tracker (seed 001, curated row by row in tracker-001.json) into the
Harrow plan document: each task's wording as the tracker gives it, its officers (personal data:
the import seals them like contacts), and its progress paragraphs, dates as printed. A task
matches its tracker rows by the plan's summary wording. Run from the repository root; it rewrites the
seed document in place and is idempotent.

  python3 seed-curation/merge_tracker.py
"""
import json

SEED = "src/main/resources/seed/harrow-bvpp-2004-05-draft-1.json"
TRACKER = "seed-curation/tracker-001.json"
UNMATCHED_NOTE = "Not matched to the tracker's officer in this curation."
BLANK_NOTE = "The tracker's officer cell is blank (seed 001, lines {lines})."
PROVENANCE = "Progress from the improvement-plan tracker (seed 001"


def rows_by_seed_task(tracker):
    rows = {}
    for area in tracker["areas"]:
        for row in area["tasks"]:
            if row["matchesSeedTask"]:
                rows.setdefault((area["matchesSeedArea"], row["matchesSeedTask"]), []).append(row)
    return rows


def merge(task, rows):
    officers = []
    for row in rows:
        if row["officerResponsible"] and row["officerResponsible"] not in officers:
            officers.append(row["officerResponsible"])
    wordings = []
    for row in rows:
        if row["task"] and row["task"] not in wordings:
            wordings.append(row["task"])
    task["task"] = "\n".join(wordings) or task["summary"]
    task["officers"] = [{"name": officer, "phone": None} for officer in officers]
    task["officerResponsible"] = None
    task["progress"] = [{"date": p["datePrinted"], "text": p["text"]} for row in rows for p in row["progress"]]
    lines = ", ".join(row["sourceLines"] for row in rows)
    judgements = " ".join(row["judgement"] for row in rows if row["judgement"])
    gaps = [g for g in task["gaps"] if g["field"] not in ("officerResponsible", "officers")]
    if not officers:
        gaps.append({"field": "officers", "kind": "BLANK", "wording": None, "note": BLANK_NOTE.format(lines=lines)})
    task["gaps"] = gaps
    notes = [n for n in (task.get("notes") or "").split("\n") if n and not n.startswith(PROVENANCE)]
    joined = " Several tracker rows are joined here, their progress in source order." if len(rows) > 1 else ""
    notes.append(PROVENANCE + ", lines " + lines + ")." + joined + ((" " + judgements) if judgements else ""))
    task["notes"] = "\n".join(notes)


def main():
    seed = json.load(open(SEED))
    rows = rows_by_seed_task(json.load(open(TRACKER)))
    merged = 0
    for area in seed["improvementPlan"]:
        for task in area["tasks"]:
            found = rows.get((area["name"], task["summary"]))
            if found:
                merge(task, found)
                merged += 1
    with open(SEED, "w") as out:
        json.dump(seed, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print(f"{merged} tasks given the tracker's progress")


if __name__ == "__main__":
    main()
