#!/usr/bin/env python3
"""Puts the improvement-plan tracker (seed 001, curated row by row in tracker-001.json) into the
Harrow plan document: each task's progress paragraphs, dates as printed. The officers the tracker
names are personal data and stay out of the log until officer names are sealed like contacts;
each task's gap says where the tracker names one. Run from the repository root; it rewrites the
seed document in place and is idempotent.

  python3 seed-curation/merge_tracker.py
"""
import json

SEED = "src/main/resources/seed/harrow-bvpp-2004-05-draft-1.json"
TRACKER = "seed-curation/tracker-001.json"
UNMATCHED_NOTE = "Not matched to the tracker's officer in this curation."
NAMED_NOTE = "The tracker names the officer (seed 001, lines {lines}); kept out of the log until officers' names are sealed as personal data."
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
    task["progress"] = [{"date": p["datePrinted"], "text": p["text"]} for row in rows for p in row["progress"]]
    lines = ", ".join(row["sourceLines"] for row in rows)
    judgements = " ".join(row["judgement"] for row in rows if row["judgement"])
    gaps = [g for g in task["gaps"] if g["field"] != "officerResponsible"]
    gaps.append({"field": "officerResponsible", "kind": "NOT_AVAILABLE" if officers else "BLANK", "wording": None,
                 "note": (NAMED_NOTE if officers else BLANK_NOTE).format(lines=lines)})
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
            found = rows.get((area["name"], task["task"]))
            if found:
                merge(task, found)
                merged += 1
    with open(SEED, "w") as out:
        json.dump(seed, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print(f"{merged} tasks given the tracker's progress")


if __name__ == "__main__":
    main()
