"""The Harrow plan document the curation scripts read and rewrite in place, always written the same
way (one-space indent, UTF-8 as is, a final newline) so that a script run twice changes nothing."""
import json

SEED = "src/main/resources/seed/harrow-bvpp-2004-05-draft-1.json"


def read():
    with open(SEED, encoding="utf-8") as f:
        return json.load(f)


def write(seed):
    with open(SEED, "w", encoding="utf-8") as f:
        json.dump(seed, f, indent=1, ensure_ascii=False)
        f.write("\n")
