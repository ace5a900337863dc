#!/usr/bin/env python3
"""Monitoring at the realistic size: the quarterly report and "as reported then".

  python3 bench/monitoring.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --events 10000 --runs 3

The Harrow plan is grown (as bench/suite.py grows it) to --events, then twelve measures (one on
each Draft 1 target and LPSA target, in order, up to twelve) get ten council years of quarterly
readings and outturns, 2004/05 to 2013/14, each year's Q2 restated after its Q3: 600 readings and
120 restatements. The figures and targets are synthetic (a benchmark, not the plan's). Measured,
p50 / p99 at concurrency 1: the monitoring report now and as at the first Q2's report, and "Q2
2004/05 as reported then" and "as known now" for every measure over GraphQL. Results into BENCHMARKS.md
between the monitoring markers. Standard library only.
"""
import datetime

import suite

YEARS = [f"{start}/{(start + 1) % 100:02d}" for start in range(2004, 2014)]
DEFINE = """mutation($key: String!, $applies: String!, $targets: [YearTargetInput!]) { defineMeasure(planId: "%s",
  key: $key, input: {title: $key, appliesTo: $applies, unit: "%%", betterWhen: HIGHER, frequency: QUARTERLY,
  tolerance: "1", targets: $targets}, reason: "benchmark: a measure") { id } }""" % suite.PLAN
RECORD = """mutation($m: ID!, $period: String!, $value: Decimal!) { recordReading(planId: "%s", measureId: $m,
  input: {period: $period, value: $value, comment: "benchmark reading"}, reason: "benchmark: a reading")
  { planVersion } }""" % suite.PLAN
RESTATE = """mutation($r: ID!, $period: String!, $value: Decimal!, $v: Int!) { restateReading(planId: "%s",
  readingId: $r, input: {period: $period, value: $value, comment: "benchmark: restated"}, expectedVersion: $v,
  reason: "benchmark: Q2 restated after Q3") { planVersion } }""" % suite.PLAN
Q2 = """query($asAt: AsAt) { plan(id: "%s", asAt: $asAt) { measures { id readings(period: "2004/05-Q2") {
  value target status direction directionOnYear restated lastChange { actor reason time } } } } }""" % suite.PLAN


def monitored(server):
    """Twelve measures with ten years of readings; the plan version just after the first Q2 was reported."""
    parts = server.ask("""{ plan(id: "%s") { lpsaTargets { id } outcomes { targets { id } } } }""" % suite.PLAN)["plan"]
    measured = ([t["id"] for o in parts["outcomes"] for t in o["targets"]] + [l["id"] for l in parts["lpsaTargets"]])[:12]
    first_q2 = None
    for n, part in enumerate(measured):
        measure = server.ask(DEFINE, {"key": f"BENCH-{n + 1}", "applies": part,
                                      "targets": [{"year": year, "target": str(40 + i)} for i, year in enumerate(YEARS)]},
                             user="officer")["defineMeasure"]["id"]
        for i, year in enumerate(YEARS):
            for quarter in ("Q1", "Q2", "Q3", "Q4", None):
                period = f"{year}-{quarter}" if quarter else year
                value = f"{38 + i + (n % 5) * 0.4 + (0 if quarter is None else int(quarter[1]) * 0.3):.1f}"
                version = server.ask(RECORD, {"m": measure, "period": period, "value": value},
                                     user="officer")["recordReading"]["planVersion"]
                if quarter == "Q2":
                    q2_version = version
                    if first_q2 is None:
                        first_q2 = version
                if quarter == "Q3":
                    server.ask(RESTATE, {"r": f"{measure}@{year}-Q2", "period": f"{year}-Q2", "value": value,
                                         "v": q2_version}, user="officer")
    return first_q2


def main():
    args = suite.narrow_arguments(18192, events=10000)
    started = datetime.datetime.utcnow()
    with suite.grown_plan(args.jar, args.events, args.port, "plantrail-monitoring-") as (server, plan):
        grown = plan.version
        print(f"  grown to {grown:,} events; recording ten years of readings", flush=True)
        first_q2 = monitored(server)
        events = suite.Plan(server).version
        print(f"  {events:,} events", flush=True)
        measured = {
            "monitoring report now (Markdown)": lambda: server.get(f"/plans/{suite.PLAN}/monitoring-report.md?at=now"),
            "monitoring report as at the first Q2's report": lambda: server.get(
                f"/plans/{suite.PLAN}/monitoring-report.md?at=version:{first_q2}"),
            "Q2 2004/05 of every measure as reported then": lambda: server.ask(Q2, {"asAt": {"version": first_q2}}),
            "Q2 2004/05 of every measure as known now": lambda: server.ask(Q2, {"asAt": None}),
        }
        rows = []
        for name, request in measured.items():
            p50s, p99s = suite.read_latency(request, args.runs)
            rows.append(f"| {name} | {suite.spread(p50s)} | {suite.spread(p99s)} |")
            print(f"  {name}: p50 {suite.spread(p50s)} ms, p99 {suite.spread(p99s)} ms", flush=True)
    section = "\n".join([
        f"## Monitoring at {events:,} events ({started:%Y-%m-%d %H:%M} UTC)", "",
        f"Command: `python3 bench/monitoring.py --jar {args.jar} --events {args.events} --runs {args.runs}`. Harrow "
        f"grown to {grown:,} events, then 12 measures with ten years of quarterly readings and outturns, each Q2 "
        "restated (600 readings, 120 restatements). Embedded store, 512 MB heap; min / median / max over runs, in ms.", "",
        "| request (target: p50 ≤ 50 ms) | p50 | p99 |", "|---|---|---|", *rows, ""])
    suite.write_benchmarks(section, marker="monitoring")
    print(section, flush=True)


if __name__ == "__main__":
    main()
