#!/usr/bin/env python3
"""The read workloads of the suite alone, with the static-bytes limit and the sign-in floor, on the
Harrow plan grown to --events. Prints a Markdown table (min / median / max of --runs runs).

  python3 bench/reads.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --events 1000 --runs 3
"""
import suite


def main():
    args = suite.narrow_arguments(port=18193)
    with suite.grown_plan(args.jar, args.events, args.port, "plantrail-reads-") as (server, plan):
        rows = {"static bytes of the whole plan (the limit)": suite.static_baseline(server, args.runs)}
        rows.update(suite.reads(server, plan, args.runs))
        floor = suite.sign_in_floor(server, args.runs)
    print(f"At {plan.version:,} events; min / median / max of {args.runs} runs\n")
    print("| read | p50 ms | p99 ms | req/s at concurrency 8 |\n|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {suite.spread(r['p50'])} | {suite.spread(r['p99'])} | {suite.spread(r['rps'], 0)} |")
    print(f"\nSign-in floor, `{{ __typename }}`, p50 ms: {suite.spread(floor['p50'], 2)}")


if __name__ == "__main__":
    main()
