#!/usr/bin/env python3
"""Officers all revising the same outcome (each refused change reloads and tries again), against
officers on outcomes of their own, on the Harrow plan grown to --events. Prints a Markdown table.

  python3 bench/same_outcome.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --events 1000 --runs 3
"""
import argparse, os, shutil, tempfile

import suite


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="target/plantrail-0.1.0-SNAPSHOT.jar")
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=18192)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="plantrail-same-outcome-")
    server = suite.Server(os.path.abspath(args.jar), work, args.port)
    try:
        server.start()
        plan = suite.Plan(server)
        suite.grow(server, plan, args.events)
        plan = suite.Plan(server)
        rows = [("4 on the same outcome", suite.writes(server, plan, args.runs, 4, True)),
                ("4 on different entities", suite.writes(server, plan, args.runs, 4, False))]
        print(f"From {plan.version:,} events; min / median / max of {args.runs} runs of 10 s\n")
        print("| officers | changes/s | p50 ms | p99 ms | CONFLICT % |\n|---|---|---|---|---|")
        for label, r in rows:
            print(f"| {label} | " + " | ".join(suite.spread(r[k]) for k in ("rate", "p50", "p99", "conflicts")) + " |")
    finally:
        if server.process and server.process.poll() is None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
