#!/usr/bin/env python3
"""Officers all revising the same outcome (each refused change reloads and tries again), against
officers on outcomes of their own, on the Harrow plan grown to --events. Prints a Markdown table.

  python3 bench/same_outcome.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --events 1000 --runs 3
"""
import suite


def main():
    args = suite.narrow_arguments(port=18192)
    with suite.grown_plan(args.jar, args.events, args.port, "plantrail-same-outcome-") as (server, plan):
        rows = [("4 on the same outcome", suite.writes(server, plan, args.runs, 4, True)),
                ("4 on different entities", suite.writes(server, plan, args.runs, 4, False))]
    print(f"From {plan.version:,} events; min / median / max of {args.runs} runs of 10 s\n")
    print("| officers | changes/s | p50 ms | p99 ms | CONFLICT % |\n|---|---|---|---|---|")
    for label, r in rows:
        print(f"| {label} | " + " | ".join(suite.spread(r[k]) for k in ("rate", "p50", "p99", "conflicts")) + " |")


if __name__ == "__main__":
    main()
