#!/usr/bin/env python3
"""Puts the improvement-plan tracker (seed 001, curated row by row in tracker-001.json) into the
Harrow plan document: each task's wording as the tracker gives it, its officers (personal data:
the import seals them like contacts), and its progress paragraphs, dates as printed. A task
matches its tracker rows by the plan's summary wording; a row Draft 1's summary does not list
("addAfter") becomes a task of the tracker's own, after the task printed before it. An officer cell
naming several people ("Nick Bell/Perry Scott") gives one officer each, their names undone of the
extraction's line-wrap hyphen ("Arjoon- Matthews"), so that each person is sealed under one id. Every
row must land somewhere: the script stops on one that does not. Run from the repository root; it
rewrites the seed document in place and is idempotent.

  python3 seed-curation/merge_tracker.py
"""
import json

import seed_document
import re

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


def person(name):
    """One person's name as printed, less the extraction's line-wrap hyphen ("Arjoon- Matthews")."""
    return re.sub(r"-\s+(?=[A-Z])", "-", " ".join(name.split()))


def officers_of(row):
    """The people an officer cell names: curated where the cell runs names together, else split at '/'."""
    if row.get("officers"):
        return [person(name) for name in row["officers"]]
    cell = row["officerResponsible"]
    return [person(name) for name in cell.split("/") if name.strip()] if cell else []


def tracker_only(tracker):
    """Rows Draft 1's summary does not list, by the area and the summary of the task they follow."""
    return [(area["matchesSeedArea"], row) for area in tracker["areas"] for row in area["tasks"] if row.get("addAfter")]


def own_task(row):
    return {"task": row["task"], "summary": None, "officerResponsible": None, "status": None, "progress": [],
            "actionsFor2004": None,
            "gaps": [{"field": "summary", "kind": "BLANK", "wording": None,
                      "note": "Not listed in Draft 1's improvement-plan summary (seed 000, lines 242-265); the task is "
                              "the tracker's own (seed 001, line " + row["sourceLines"] + ")."}],
            "notes": "", "officers": []}


def add_tracker_only(seed, tracker):
    """Inserts (or finds again, on a second run) each tracker-only task; returns them with their rows."""
    added = []
    for area_name, row in tracker_only(tracker):
        area = next(a for a in seed["improvementPlan"] if a["name"] == area_name)
        existing = [t for t in area["tasks"] if t["summary"] is None and t["task"] == row["task"]]
        if existing:
            added.append((existing[0], [row]))
            continue
        after = next(i for i, t in enumerate(area["tasks"]) if t["summary"] == row["addAfter"])
        task = own_task(row)
        area["tasks"].insert(after + 1, task)
        added.append((task, [row]))
    return added


def merge(task, rows):
    officers = []
    for row in rows:
        for officer in officers_of(row):
            if officer not in officers:
                officers.append(officer)
    wordings = []
    for row in rows:
        if row["task"] and row["task"] not in wordings:
            wordings.append(row["task"])
    task["task"] = "\n".join(wordings) or task["summary"]
    task["officers"] = [{"name": officer, "phone": None} for officer in officers]
    task["officerResponsible"] = None
    task["progress"] = [{"date": p["datePrinted"], "text": p["text"]} for row in rows for p in row["progress"]]
    for role in ("chiefOfficer", "portfolioHolder"):  # only where a row prints its own, other than its area's
        own = [row[role] for row in rows if row.get(role)]
        if own:
            task[role] = own[0]
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
    seed = seed_document.read()
    tracker = json.load(open(TRACKER))
    rows = rows_by_seed_task(tracker)
    merged = 0
    landed = set()
    for area in seed["improvementPlan"]:
        for task in area["tasks"]:
            found = rows.get((area["name"], task["summary"]))
            if found:
                merge(task, found)
                merged += 1
                landed.add((area["name"], task["summary"]))
    # Draft 1 prints the status key (lines 267-276) but states no task's status as unavailable: the
    # column is among the three line 246 says are still to be updated, so no status gap is invented.
    for area in seed["improvementPlan"]:
        for task in area["tasks"]:
            task["gaps"] = [g for g in task["gaps"] if g["field"] != "status"]
    for task, own in add_tracker_only(seed, tracker):
        merge(task, own)
        merged += 1
    lost = [row["sourceLines"] for area in tracker["areas"] for row in area["tasks"]
            if not row.get("addAfter") and (area["matchesSeedArea"], row["matchesSeedTask"]) not in landed]
    if lost:
        raise SystemExit("Tracker rows that land on no task (seed 001, lines " + ", ".join(lost) + "): "
                         "match them to a task of Draft 1's summary or add them with addAfter.")
    seed_document.write(seed)
    print(f"{merged} tasks given the tracker's progress")


if __name__ == "__main__":
    main()
