#!/usr/bin/env python3
"""Where the CPU of a change goes: 8 officers writing to a restarted server on a copy of a grown
store, and the server's CPU time per change, in all and by thread (from /proc), with the rate
and latency of the suite's "8 on different entities".

  python3 bench/write_cpu.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --store DIR [--warm 90] [--seconds 10]

DIR is a data directory a server has grown (its `data` folder and `data.master.key`), e.g. kept
from a suite run; it is copied first and the copy removed after. The first --warm seconds of
writes are not measured (a restarted server compiles for minutes); then 3 runs of --seconds.
Extra server settings follow `--`, e.g. `-- --plantrail.snapshots.every=5000`. Linux only.
"""
import argparse, collections, os, re, shutil, tempfile

import suite


def thread_cpu_seconds(pid):
    """CPU seconds of each of the process's threads, grouped by name without its number."""
    by_name = collections.Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            fields = open(f"/proc/{pid}/task/{tid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        by_name[re.sub(r"[-#]?\d+$", "", name)] += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return by_name


def timer_totals(server):
    """(count, seconds) of each timer that splits a change's time, summed over its labels but the phase."""
    text = server.get("/actuator/prometheus", user="auditor")[1].decode()
    totals = collections.defaultdict(lambda: [0.0, 0.0])
    for line in text.splitlines():
        match = re.match(r'(plantrail_change_phases|plantrail_changes|http_server_requests)_seconds_(count|sum)\{(.*)\} (\S+)', line)
        if not match or (match.group(1) == "http_server_requests" and 'uri="/graphql"' not in match.group(3)):
            continue
        phase = re.search(r'phase="(\w+)"', match.group(3))
        name = match.group(1) + (f" {phase.group(1)}" if phase else "")
        totals[name][0 if match.group(2) == "count" else 1] += float(match.group(4))
    return totals


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="target/plantrail-0.1.0-SNAPSHOT.jar")
    parser.add_argument("--store", required=True)
    parser.add_argument("--warm", type=int, default=90)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--port", type=int, default=18193)
    parser.add_argument("settings", nargs="*")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="plantrail-write-cpu-")
    shutil.copytree(os.path.join(args.store, "data"), os.path.join(work, "data"))
    shutil.copy(os.path.join(args.store, "data.master.key"), work)
    server = suite.Server(os.path.abspath(args.jar), work, args.port, args.settings)
    try:
        print(f"ready in {server.start():.1f} s", flush=True)
        plan = suite.Plan(server)
        suite.writes(server, plan, 1, 8, False, seconds=args.warm)
        before, timers_before = thread_cpu_seconds(server.process.pid), timer_totals(server)
        result = suite.writes(server, plan, 3, 8, False, seconds=args.seconds)
        after, timers_after = thread_cpu_seconds(server.process.pid), timer_totals(server)
        changes = sum(rate * args.seconds for rate in result["rate"])
        print(f"changes/s {suite.spread(result['rate'])}; p50 ms {suite.spread(result['p50'])}; "
              f"p99 ms {suite.spread(result['p99'])}")
        print(f"CPU ms a change: {1000 * sum(after[n] - before.get(n, 0) for n in after) / changes:.2f}")
        for name in sorted(after, key=lambda n: before.get(n, 0) - after[n])[:8]:
            print(f"  {name:24s} {1000 * (after[name] - before.get(name, 0)) / changes:6.2f}")
        print("mean ms inside the server (GraphQL requests over HTTP; changes in all; their phases):")
        for name in sorted(timers_after):
            count = timers_after[name][0] - timers_before[name][0]
            if count:
                print(f"  {name:36s} {1000 * (timers_after[name][1] - timers_before[name][1]) / count:7.2f} ({count:.0f})")
        print(f"heap {server.heap_mb():.0f} MB, RSS {server.rss_mb():.0f} MB")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
