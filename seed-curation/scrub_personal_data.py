#!/usr/bin/env python3
"""Takes contacts' names and phone numbers out of the curator's notes. A person's name, phone and
role enter the log only sealed, under a key of their own, so that deleting the key erases them;
a note quoting "Sam Curling 020 8424 7687" as the source prints it would keep them readable, in
plain text, in an append-only log, after the erasure. The notes say "[a contact]" and "[a phone
number]" instead; the source lines they cite still say who. Run last, from the repository root;
it rewrites the seed document in place, is idempotent, and stops if a name or phone is left in
any text but a contact's own.

  python3 seed-curation/scrub_personal_data.py
"""

import seed_document
import re

NAME, PHONE = "[a contact]", "[a phone number]"


def people(document):
    """Every name and phone a contact or an officer holds, and the forms the source printed them in."""
    names, phones = set(), set()

    def walk(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in ("contacts", "officers") and isinstance(inner, list):
                    for contact in inner:
                        names.update([contact["name"]] if contact.get("name") else [])
                        phones.update([contact["phone"]] if contact.get("phone") else [])
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(document)
    # the extraction's line-wrap hyphen ("Arjoon- Matthews", "Llywelyn- Roberts")
    names |= {name.replace("-", "- ") for name in names if "-" in name}
    return sorted(names, key=len, reverse=True), sorted(phones, key=len, reverse=True)


def scrubbed(text, names, phones):
    for phone in phones:
        text = text.replace(phone, PHONE)
    for name in names:
        text = re.sub(r"(?<![A-Za-z])" + re.escape(name) + r"(?![a-z])", NAME, text)
    return text


def main():
    seed = seed_document.read()
    names, phones = people(seed)

    def walk(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in ("note", "notes") and isinstance(inner, str):
                    value[key] = scrubbed(inner, names, phones)
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(seed)
    left = []

    def check(value, key=None):
        if isinstance(value, dict):
            for k, inner in value.items():
                if k not in ("name", "phone"):
                    check(inner, k)
        elif isinstance(value, list):
            for inner in value:
                check(inner, key)
        elif isinstance(value, str) and key not in ("contacts", "officers"):
            left.extend(f"{key}: {person}" for person in names + phones if person in value)

    check({k: v for k, v in seed.items()})
    if left:
        raise SystemExit("Personal data left outside the contacts: " + "; ".join(sorted(set(left))[:10]))
    seed_document.write(seed)
    print(f"notes scrubbed of {len(names)} names and {len(phones)} phone numbers")


if __name__ == "__main__":
    main()
