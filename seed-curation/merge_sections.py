#!/usr/bin/env python3
"""Puts the sections' prose and the CPA statements (sections.json and cpa.json, written by
build_sections.py from the source text, every paragraph taken by line number) into the Harrow
plan document. Each section's source lines go into its notes with the curator's judgement
calls. Run from the repository root; it rewrites the seed document in place and is idempotent.

  python3 seed-curation/build_sections.py
  python3 seed-curation/merge_sections.py
"""
import json

import seed_document



def section(curated):
    first, last = curated["sourceLines"]
    notes = f"Seed 000, lines {first}-{last}. " + (curated.get("notes") or "")
    return {"key": curated["key"], "heading": curated["heading"], "paragraphs": curated["paragraphs"],
            "gaps": curated["gaps"], "notes": notes.strip(), "blocks": curated.get("blocks")}


def main():
    seed = seed_document.read()
    with open("seed-curation/sections.json", encoding="utf-8") as f:
        seed["sections"] = [section(s) for s in json.load(f)]
    with open("seed-curation/cpa.json", encoding="utf-8") as f:
        seed["cpa"] = json.load(f)
    seed_document.write(seed)


if __name__ == "__main__":
    main()
