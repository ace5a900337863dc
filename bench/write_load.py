#!/usr/bin/env python3
"""Officers revising outcomes against a running plantrail: throughput, latency, and a record of
every acknowledged change (to check after a crash that each is still there).

  python3 bench/write_load.py --url http://localhost:8080 --clients 4 --seconds 20 --acked acked.jsonl
  python3 bench/write_load.py --url http://localhost:8080 --check acked.jsonl
"""
import argparse, base64, json, statistics, threading, time, urllib.request, urllib.error, uuid

PLAN = "harrow-bvpp-2004-05"


def post(url, query, variables=None, user="officer"):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url + "/graphql", data=body, headers={
        "Content-Type": "application/json",
        "Authorization": "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode()})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def outcomes(url):
    answer = post(url, '{ plan(id: "%s") { outcomes { id version } } }' % PLAN, user="auditor")
    return answer["data"]["plan"]["outcomes"]


REVISE = """mutation($o: ID!, $v: Int!, $a: String!, $k: String!) {
  reviseOutcome(planId: "%s", outcomeId: $o, input: {actions: [$a]}, expectedVersion: $v,
                reason: "load test", idempotencyKey: $k) { planVersion id } }""" % PLAN


def officer(url, outcome, version, deadline, acked, latencies, lock, out):
    n = 0
    while time.time() < deadline:
        n += 1
        action = f"{outcome['id']} revision {n} {uuid.uuid4()}"
        start = time.perf_counter()
        try:
            answer = post(url, REVISE, {"o": outcome["id"], "v": version, "a": action, "k": str(uuid.uuid4())})
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return
        elapsed = time.perf_counter() - start
        if "errors" in answer:
            print("refused:", answer["errors"][0].get("message"))
            return
        version = answer["data"]["reviseOutcome"]["planVersion"]
        with lock:
            latencies.append(elapsed)
            acked.append(version)
            if out:
                out.write(json.dumps({"outcome": outcome["id"], "version": version, "action": action}) + "\n")
                out.flush()


def load(args):
    targets = outcomes(args.url)[: args.clients]
    acked, latencies, lock = [], [], threading.Lock()
    out = open(args.acked, "w") if args.acked else None
    deadline = time.time() + args.seconds
    started = time.perf_counter()
    threads = [threading.Thread(target=officer, args=(args.url, o, o["version"], deadline, acked, latencies, lock, out))
               for o in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if not latencies:
        print("no change was acknowledged")
        return
    latencies.sort()
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    print(json.dumps({"clients": args.clients, "acknowledged": len(acked), "changes_per_s": round(len(acked) / wall, 1),
                      "p50_ms": round(pct(0.50), 1), "p99_ms": round(pct(0.99), 1),
                      "max_ms": round(latencies[-1] * 1000, 1), "last_plan_version": max(acked)}))


def full_history(url, entity):
    versions, after = {}, None
    while True:
        page = post(url, 'query($e: ID!, $a: String) { history(planId: "%s", entityId: $e, first: 100, after: $a) '
                         '{ edges { node { planVersion changes { field value } } } pageInfo { hasNextPage endCursor } } }' % PLAN,
                    {"e": entity, "a": after}, user="auditor")["data"]["history"]
        versions.update({e["node"]["planVersion"]: json.dumps(e["node"]["changes"]) for e in page["edges"]})
        if not page["pageInfo"]["hasNextPage"]:
            return versions
        after = page["pageInfo"]["endCursor"]


def check(args):
    acked = [json.loads(line) for line in open(args.check) if line.strip()]
    histories = {o: full_history(args.url, o) for o in {c["outcome"] for c in acked}}
    lost = [c for c in acked
            if c["version"] not in histories[c["outcome"]] or json.dumps(c["action"])[1:-1] not in histories[c["outcome"]][c["version"]]]
    plan = post(args.url, '{ plan(id: "%s") { version } }' % PLAN, user="auditor")["data"]["plan"]["version"]
    print(json.dumps({"acknowledged": len(acked), "lost": len(lost),
                      "highest_acknowledged": max(c["version"] for c in acked), "plan_version_now": plan}))
    for change in lost[:10]:
        print("lost:", change)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--acked")
    parser.add_argument("--check")
    args = parser.parse_args()
    check(args) if args.check else load(args)
