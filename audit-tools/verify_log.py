#!/usr/bin/env python3
"""Check a plan's exported log (GET /plans/{id}/log) with nothing but Python's standard library.

    python3 audit-tools/verify_log.py harrow.ndjson [--at PLAN_VERSION DIGEST ...]

Recomputes every event's hash from what is stored and the hash before it, as plantrail does
(README, "The hash recipe"), and prints the chain head and each draft's digest: compare them with
the ones written down when the drafts were issued. With --at, also confirms the digest a document
printed for the plan version it was made from (its "How to check this document" gives the line).
Exit code 0 if the whole log checks out and every digest given is the log's, 1 otherwise.
"""
import hashlib
import json
import sys

GENESIS = "0" * 64


def utf16_length(text):
    """Java counts a string's length in UTF-16 code units; so does the recipe."""
    return len(text.encode("utf-16-le")) // 2


def field(value):
    return "(-)" if value is None else "(%d)%s" % (utf16_length(value), value)


def typed(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "b:" + ("true" if value else "false")
    if isinstance(value, (int, float)):
        return "n:" + str(value)
    return "s:" + str(value)


def plain(value):
    """MongoDB's extended JSON ({"$numberLong": "0"}) as plain values."""
    if isinstance(value, dict) and len(value) == 1:
        (key, inner), = value.items()
        if key in ("$numberLong", "$numberInt"):
            return int(inner)
    return value


def java_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def event_hash(previous, event, metadata):
    if str(metadata.get("hashFormat")) == "2":
        canonical = "plantrail-chain/2" + field(previous) + field(event["eventIdentifier"])
        canonical += field(event["aggregateIdentifier"]) + field(str(plain(event["sequenceNumber"])))
        canonical += field(event.get("timestamp")) + field(event.get("payloadType"))
        canonical += field(event.get("payloadRevision")) + field(event.get("serializedPayload"))
        entries = sorted((key, value) for key, value in metadata.items() if key != "hash")
        canonical += field(str(len(entries)))
        for key, value in entries:
            canonical += field(key) + field(typed(value))
    else:  # format 1: events stored before format 2
        canonical = "\n".join([previous, event["eventIdentifier"], event["aggregateIdentifier"],
                               str(plain(event["sequenceNumber"])), event.get("payloadType"),
                               event.get("serializedPayload")]) + "\n"
        for key, value in sorted(metadata.items()):
            if key != "hash":
                canonical += "%s=%s\n" % (key, java_text(value))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verify(lines):
    previous, drafts, count, heads = GENESIS, [], 0, {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
            metadata = json.loads(event["serializedMetaData"])
        except (ValueError, KeyError):
            return "line %d is not a stored event" % number, previous, drafts, count, heads
        if plain(event["sequenceNumber"]) != count:
            return "line %d: event %d of the stream is missing" % (number, count), previous, drafts, count, heads
        recomputed = event_hash(previous, event, metadata)
        if recomputed != metadata.get("hash"):
            return "line %d: its content differs from what was hashed" % number, previous, drafts, count, heads
        previous, count = recomputed, count + 1
        heads[count] = recomputed
        payload_type = event.get("payloadType") or ""
        if payload_type == "DraftIssued" or payload_type.endswith(".DraftIssued"):
            drafts.append((len(drafts) + 1, count, recomputed))
    return None, previous, drafts, count, heads


def main(path, printed):
    with open(path, encoding="utf-8") as log:
        problem, head, drafts, count, heads = verify(log.read().split("\n"))
    if problem:
        print("BROKEN: " + problem)
        return 1
    print("OK: %d events, chain head %s" % (count, head))
    for number, plan_version, digest in drafts:
        print("Draft %d (its DraftIssued event made plan version %d): digest %s" % (number, plan_version, digest))
    confirmed = True
    for plan_version, digest in printed:
        if heads.get(plan_version) == digest:
            print("Plan version %d: the printed digest %s is the log's" % (plan_version, digest))
        else:
            print("NOT THE LOG'S: plan version %d has digest %s in this log, not the printed %s"
                  % (plan_version, heads.get(plan_version), digest))
            confirmed = False
    return 0 if confirmed else 1


def printed_digests(arguments):
    """--at VERSION DIGEST, as often as a document prints them."""
    printed = []
    while arguments:
        if len(arguments) < 3 or arguments[0] != "--at" or not arguments[1].isdigit():
            return None
        printed.append((int(arguments[1]), arguments[2]))
        arguments = arguments[3:]
    return printed


if __name__ == "__main__":
    digests = printed_digests(sys.argv[2:])
    if len(sys.argv) < 2 or digests is None:
        print(__doc__.strip())
        sys.exit(2)
    sys.exit(main(sys.argv[1], digests))
