#!/usr/bin/env python3
"""The first change after a restart, with and without plan snapshots, on a long log.

  python3 bench/snapshots.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --events 20000 --runs 3

The Harrow plan is grown (as bench/suite.py grows it) with snapshots switched off. Then the server
is restarted --runs times without snapshots (each first change replays the whole log), and --runs
times with a snapshot every 500 events (one restart first, whose change replays the log once and
takes the snapshot). Results into BENCHMARKS.md between the snapshots markers. Standard library only.
"""
import argparse, datetime, os, shutil, tempfile, time

import suite

NEVER = "--plantrail.snapshots.every=2147483647"
EVERY_500 = "--plantrail.snapshots.every=500"


def first_changes(server, plan, settings, runs):
    server.settings = [settings]
    return suite.first_change_after_restart(server, plan, runs)


def cell(result):
    failed = f" ({len(result['failures'])} of {len(result['first'])} failed: {', '.join(result['failures'])})" \
        if result["failures"] else ""
    return suite.spread(result["first"]) + failed


def report(args, events, without, warm_up, with_snapshots, started):
    spread = suite.spread
    return "\n".join([
        f"## Snapshots: the first change after a restart at {events:,} events ({started:%Y-%m-%d %H:%M} UTC)", "",
        f"Command: `python3 bench/snapshots.py --jar {args.jar} --events {args.events} --runs {args.runs}`. "
        "One jar on a fresh default (embedded file) store, grown with snapshots off; min / median / max of "
        f"{args.runs} restarts each.", "",
        "| plan snapshots | restart to ready (s) | first change after restart (ms) |", "|---|---|---|",
        f"| none (`plantrail.snapshots.every` never reached) | {spread(without['ready'])} | {cell(without)} |",
        f"| every 500 events: the restart that takes the first snapshot | {spread(warm_up['ready'])} | {cell(warm_up)} |",
        f"| every 500 events (the default) | {spread(with_snapshots['ready'])} | {cell(with_snapshots)} |", ""])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="target/plantrail-0.1.0-SNAPSHOT.jar")
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=18191)
    parser.add_argument("--keep", help="grow into this directory and keep it; reuse it when it is there")
    parser.add_argument("--only-with-snapshots", action="store_true",
                        help="on a kept directory that has its snapshot: only the restarts with snapshots, printed")
    args = parser.parse_args()
    started = datetime.datetime.utcnow()
    work = args.keep or tempfile.mkdtemp(prefix="plantrail-snapshots-")
    os.makedirs(work, exist_ok=True)
    server = suite.Server(os.path.abspath(args.jar), work, args.port, [NEVER])
    try:
        print(f"starting on {work}; growing to {args.events:,} events", flush=True)
        server.start()
        plan = suite.Plan(server)
        if plan.version < args.events:
            suite.grow(server, plan, args.events)
            plan = suite.Plan(server)
        if args.only_with_snapshots:
            result = first_changes(server, plan, EVERY_500, args.runs)
            print(f"  {plan.version:,} events, with snapshots: restart to ready {suite.spread(result['ready'])} s, "
                  f"first change {cell(result)} ms", flush=True)
            return
        print(f"  {plan.version:,} events; restarts without snapshots", flush=True)
        without = first_changes(server, plan, NEVER, args.runs)
        print("  restarts with snapshots", flush=True)
        warm_up = first_changes(server, plan, EVERY_500, 1)
        time.sleep(30)  # the snapshot is taken in the background after that change
        with_snapshots = first_changes(server, plan, EVERY_500, args.runs)
        section = report(args, plan.version, without, warm_up, with_snapshots, started)
        suite.write_benchmarks(section, marker="snapshots")
        print(section, flush=True)
    finally:
        if server.process and server.process.poll() is None:
            server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
