#!/usr/bin/env python3
"""Disk bytes per event of the default (embedded file) store, on the Harrow plan grown to --events
by 8 officers at once: right after the growth, and after --idle seconds without changes.

  python3 bench/storage.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --events 2000 --runs 3
"""
import time

import suite


def main():
    args = suite.narrow_arguments(port=18194, events=2000)
    loaded, idle, events = [], [], 0
    for _ in range(args.runs):
        with suite.grown_plan(args.jar, args.events, args.port, "plantrail-storage-") as (server, plan):
            events = plan.version
            loaded.append(server.disk_bytes() / events)
            time.sleep(15)
            idle.append(server.disk_bytes() / events)
    print(f"At {events:,} events; min / median / max of {args.runs} runs\n")
    print("| disk bytes per event | after the growth | after 15 s idle |\n|---|---|---|")
    print(f"| embedded file store | {suite.spread(loaded, 0)} | {suite.spread(idle, 0)} |")


if __name__ == "__main__":
    main()
