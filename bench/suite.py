#!/usr/bin/env python3
"""plantrail's benchmark suite: the Harrow plan grown by realistic changes to each size, then reads,
writes, storage and restart measured against their baselines; results into BENCHMARKS.md.

  python3 bench/suite.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --sizes 1000,10000
  python3 bench/suite.py --jar ... --sizes 1000,10000,100000      # the long run

One jar on a fresh default (embedded file) store, grown once: each size is reached from the one
before. Every figure is min / median / max of --runs runs. Standard library only.
"""
import argparse, base64, contextlib, datetime, http.client, itertools, json, os, platform, random, shutil, signal, statistics
import subprocess, sys, tempfile, threading, time, uuid

PLAN = "harrow-bvpp-2004-05"
USERS = {"officer": "officer", "auditor": "auditor", "scrutiny": "scrutiny", "admin": "admin"}

TREE = """query($asAt: AsAt) { plan(id: "%s", asAt: $asAt) { version themes { id name priorities { id title
  outcomes { id title achievements actions leadDirectorate targets { id description baseline target unit } } } }
  budgetTables { id title lines { id label amounts { column printed } } } } }""" % PLAN
DIFF = """query($to: Int!) { planDiff(planId: "%s", from: {draft: 1}, to: {version: $to}) {
  summary { added removed changed events } groups { themeId priorityId budgetTableId
  changes { entityId label change fields { field before after difference } } } } }""" % PLAN
HISTORY = """query($e: ID!) { history(planId: "%s", entityId: $e, first: 20) { totalCount
  edges { node { planVersion actor reason time changes { field value } } } } }""" % PLAN
PLAN_HISTORY = """{ planHistory(planId: "%s", first: 50) { edges { node { planVersion type actor reason time } } } }""" % PLAN
COMPLETENESS = """{ completeness(planId: "%s") { openGaps gaps { entityId field kind wording since } } }""" % PLAN


class Server:
    """One plantrail jar on its own data directory."""

    def __init__(self, jar, work, port, settings=()):
        self.jar, self.work, self.port, self.process = jar, work, port, None
        self.settings = list(settings)
        self.static = os.path.join(work, "static")
        os.makedirs(self.static, exist_ok=True)

    def start(self):
        started = time.perf_counter()
        log = open(os.path.join(self.work, "server.log"), "a")
        self.process = subprocess.Popen(
            ["java", "-jar", self.jar, f"--server.port={self.port}",
             f"--plantrail.mongo.data-dir={os.path.join(self.work, 'data')}",
             f"--spring.web.resources.static-locations=file:{self.static}/", *self.settings],
            stdout=log, stderr=subprocess.STDOUT)
        while time.perf_counter() - started < 600:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped while starting; see {os.path.join(self.work, 'server.log')}")
            try:
                status, _ = self.get("/actuator/health/readiness", user=None)
                if status == 200:
                    return time.perf_counter() - started
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the server did not become ready in 10 minutes")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=120)

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)

    def get(self, path, user="auditor", connection=None):
        own = connection is None
        connection = connection or self.connection()
        connection.request("GET", path, headers=headers(user))
        response = connection.getresponse()
        body = response.read()
        if own:
            connection.close()
        return response.status, body

    def graphql(self, query, variables=None, user="auditor", connection=None):
        own = connection is None
        connection = connection or self.connection()
        body = json.dumps({"query": query, "variables": variables or {}})
        connection.request("POST", "/graphql", body=body, headers={**headers(user), "Content-Type": "application/json"})
        answer = connection.getresponse().read()
        if own:
            connection.close()
        return answer

    def ask(self, query, variables=None, user="auditor"):
        answer = json.loads(self.graphql(query, variables, user))
        if answer.get("errors"):
            raise RuntimeError(json.dumps(answer["errors"])[:500])
        return answer["data"]

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024

    def heap_mb(self):
        _, body = self.get("/actuator/metrics/jvm.memory.used?tag=area:heap")
        return json.loads(body)["measurements"][0]["value"] / 2**20

    def disk_bytes(self):
        total = 0
        for root, _, files in os.walk(os.path.join(self.work, "data")):
            total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
        return total


def headers(user):
    if user is None:
        return {}
    token = base64.b64encode(f"{user}:{USERS[user]}".encode()).decode()
    return {"Authorization": "Basic " + token}


# ---------------------------------------------------------------- growing the plan

class Plan:
    """What the growth and the write workloads change: outcomes, targets, budget lines, tasks."""

    def __init__(self, server):
        data = server.ask("""{ plan(id: "%s") { version outcomes { id version } targets: outcomes { targets { id version } }
            budgetTables { lines { id version amounts { column } } } improvementPlan { tasks { id } } } }""" % PLAN)["plan"]
        self.version = data["version"]
        self.outcomes = [o["id"] for o in data["outcomes"]]
        self.targets = [t["id"] for o in data["targets"] for t in o["targets"]]
        self.lines = [(l["id"], [a["column"] for a in l["amounts"]]) for t in data["budgetTables"] for l in t["lines"]
                      if l["amounts"]]
        self.tasks = [t["id"] for a in data["improvementPlan"] for t in a["tasks"]]
        self.versions = {}
        for entity in [*data["outcomes"], *[t for o in data["targets"] for t in o["targets"]],
                       *[l for t in data["budgetTables"] for l in t["lines"]]]:
            self.versions[entity["id"]] = entity["version"]


REVISE = {
    "outcome": """mutation($id: ID!, $v: Int!, $k: String!, $text: String!) { reviseOutcome(planId: "%s", outcomeId: $id,
        input: {achievements: $text}, expectedVersion: $v, reason: "benchmark: progress noted", idempotencyKey: $k) { planVersion } }""" % PLAN,
    "target": """mutation($id: ID!, $v: Int!, $k: String!, $figure: Decimal!) { reviseTarget(planId: "%s", targetId: $id,
        input: {target: $figure}, expectedVersion: $v, reason: "benchmark: target revised", idempotencyKey: $k) { planVersion } }""" % PLAN,
    "line": """mutation($id: ID!, $v: Int!, $k: String!, $column: String!, $figure: Decimal!) { reviseBudgetLine(planId: "%s",
        lineId: $id, input: {amounts: [{column: $column, amount: $figure}]}, expectedVersion: $v,
        reason: "benchmark: budget revised", idempotencyKey: $k) { planVersion } }""" % PLAN,
    "task": """mutation($id: ID!, $k: String!, $text: String!) { recordTaskProgress(planId: "%s", taskId: $id,
        input: {date: "2004-06-30", text: $text}, reason: "benchmark: progress recorded", idempotencyKey: $k) { planVersion } }""" % PLAN,
}
DRAFT = """mutation($n: String!, $k: String!) { issueDraft(planId: "%s", label: $n, documentDate: "2004-05-01",
    reason: "benchmark: a draft every 1,000 changes", idempotencyKey: $k) { planVersion } }""" % PLAN
ENTITY_VERSION = """query($id: ID!) { node: history(planId: "%s", entityId: $id, first: 1) { edges { node { planVersion } } } }""" % PLAN


def change(server, plan, kind, entity, connection, rng):
    """One realistic change; answers (planVersion, refused?)."""
    key = str(uuid.uuid4())
    if kind == "task":
        variables = {"id": entity, "k": key, "text": f"Progress note {rng.randrange(10**6)}"}
    else:
        variables = {"id": entity, "k": key, "v": plan.versions.get(entity, 0)}
        if kind == "outcome":
            variables["text"] = f"Achievement recorded {rng.randrange(10**6)}"
        elif kind == "target":
            variables["figure"] = f"{rng.randrange(1, 1000)}.{rng.randrange(10)}"
        else:
            variables["column"], variables["figure"] = entity_column(plan, entity, rng), str(rng.randrange(1, 99999))
    answer = json.loads(server.graphql(REVISE[kind], variables, user="officer", connection=connection))
    if answer.get("errors"):
        return None, answer["errors"][0].get("extensions", {}).get("code")
    version = next(iter(answer["data"].values()))["planVersion"]
    if kind != "task":
        plan.versions[entity] = version
    return version, None


def entity_column(plan, line, rng):
    return rng.choice(dict(plan.lines)[line])


def grow(server, plan, target_events, workers=8):
    """Changes spread over outcomes, targets, budget lines and tasks, a draft every 1,000 of them."""
    kinds = [("outcome", plan.outcomes), ("target", plan.targets), ("line", [l for l, _ in plan.lines]), ("task", plan.tasks)]
    lock = threading.Lock()
    state = {"version": plan.version, "drafted": plan.version // 1000}

    def worker(index):
        rng = random.Random(index)
        connection = server.connection()
        mine = [(kind, entity) for kind, entities in kinds for n, entity in enumerate(entities) if n % workers == index]
        while True:
            with lock:
                if state["version"] >= target_events:
                    return
                draft_due = state["version"] // 1000 > state["drafted"]
                if draft_due:
                    state["drafted"] = state["version"] // 1000
            if draft_due:
                server.ask(DRAFT, {"n": f"Benchmark draft at {state['version']}", "k": str(uuid.uuid4())}, user="admin")
            kind, entity = rng.choice(mine)
            version, refused = change(server, plan, kind, entity, connection, rng)
            if refused == "CONFLICT":
                plan.versions[entity] = latest_version(server, entity)
            elif refused == "VALIDATION":
                continue  # a random figure equal to the one there: "the revision changes nothing"
            elif refused:
                raise RuntimeError(f"a {kind} change to {entity} was refused: {refused}")
            elif version:
                with lock:
                    state["version"] = max(state["version"], version)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    plan.version = state["version"]


def latest_version(server, entity):
    return server.ask(ENTITY_VERSION, {"id": entity})["node"]["edges"][0]["node"]["planVersion"]


# ---------------------------------------------------------------- measuring

def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def spread(values, digits=1):
    return " / ".join(f"{v:.{digits}f}" for v in (min(values), statistics.median(values), max(values)))


def read_latency(request, runs, requests=30):
    """p50 and p99 in ms at concurrency 1, one figure per run."""
    p50s, p99s = [], []
    for _ in range(runs):
        request()  # warm
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            request()
            times.append((time.perf_counter() - started) * 1000)
        p50s.append(percentile(times, 0.5))
        p99s.append(percentile(times, 0.99))
    return p50s, p99s


def throughput(make_request, runs, clients=8, seconds=5):
    """Requests per second with this many clients, one figure per run."""
    rates = []
    for _ in range(runs):
        done, deadline = [0] * clients, time.perf_counter() + seconds

        def client(index):
            request = make_request()
            while time.perf_counter() < deadline:
                request()
                done[index] += 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        started = time.perf_counter()
        [t.start() for t in threads]
        [t.join() for t in threads]
        rates.append(sum(done) / (time.perf_counter() - started))
    return rates


def reads(server, plan, runs):
    """Each read workload, with its latency and throughput."""
    middle = max(1, plan.version // 2)
    busy = plan.outcomes[0]
    unseen = list(range(1, plan.version + 1))
    random.Random(2004).shuffle(unseen)
    unseen = itertools.cycle(unseen)  # wraps only if a run asks more than the plan has versions
    workloads = {
        "whole plan now": (TREE, {}),
        "as at Draft 1": (TREE, {"asAt": {"draft": 1}}),
        "as at the middle version": (TREE, {"asAt": {"version": middle}}),
        "as at a version not asked before (computed, not kept)": (TREE, lambda: {"asAt": {"version": next(unseen)}}),
        "planDiff Draft 1 → latest": (DIFF, {"to": plan.version}),
        "history of a busy outcome (first 20)": (HISTORY, {"e": busy}),
        "planHistory (first 50)": (PLAN_HISTORY, {}),
        "completeness": (COMPLETENESS, {}),
    }
    results = {}
    for name, (query, variables) in workloads.items():
        fresh = variables if callable(variables) else lambda variables=variables: variables
        check = json.loads(server.graphql(query, fresh()))
        if check.get("errors"):
            raise RuntimeError(f"{name}: {check['errors']}")

        def make_request(query=query, fresh=fresh):
            connection = server.connection()
            return lambda: server.graphql(query, fresh(), connection=connection)

        p50, p99 = read_latency(make_request(), runs)
        results[name] = {"p50": p50, "p99": p99, "rps": throughput(make_request, runs),
                         "bytes": len(server.graphql(query, fresh()))}
    results["as at the middle version"]["version"] = middle
    return results


def static_baseline(server, runs):
    """The whole plan's answer bytes served as a static file by the same server, same sign-in."""
    body = server.graphql(TREE, {})
    with open(os.path.join(server.static, "plan.json"), "wb") as file:
        file.write(body)

    def make_request():
        connection = server.connection()
        return lambda: server.get("/plan.json", connection=connection)

    status, served = server.get("/plan.json")
    if status != 200 or served != body:
        raise RuntimeError(f"the static copy of the plan is not served ({status})")
    p50, p99 = read_latency(make_request(), runs)
    return {"p50": p50, "p99": p99, "rps": throughput(make_request, runs), "bytes": len(body)}


def sign_in_floor(server, runs):
    def make_request():
        connection = server.connection()
        return lambda: server.graphql("{ __typename }", connection=connection)

    p50, p99 = read_latency(make_request(), runs, requests=100)
    return {"p50": p50, "p99": p99}


def writes(server, plan, runs, clients, same_entity, seconds=10):
    """Officers each revising their own outcome, target or budget line, or all the same outcome:
    changes/s, p50/p99 latency, and the share refused as CONFLICT (then reloaded and tried again)."""
    entities = [("outcome", o) for o in plan.outcomes] + [("target", t) for t in plan.targets] + \
               [("line", l) for l, _ in plan.lines]
    rates, p50s, p99s, conflicts = [], [], [], []
    for run in range(runs):
        lock, times, refused = threading.Lock(), [], [0]
        deadline = time.perf_counter() + seconds

        def officer(index):
            rng = random.Random(run * 100 + index)
            connection = server.connection()
            kind, entity = entities[0] if same_entity else entities[index + 1]
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                version, code = change(server, plan, kind, entity, connection, rng)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    if version:
                        times.append(elapsed)
                    elif code == "CONFLICT":
                        refused[0] += 1
                    elif code != "VALIDATION":  # VALIDATION: a random figure equal to the one there
                        raise RuntimeError(f"a change was refused: {code}")
                if code == "CONFLICT":
                    plan.versions[entity] = latest_version(server, entity)

        threads = [threading.Thread(target=officer, args=(i,)) for i in range(clients)]
        started = time.perf_counter()
        [t.start() for t in threads]
        [t.join() for t in threads]
        rates.append(len(times) / (time.perf_counter() - started))
        p50s.append(percentile(times, 0.5) if times else float("nan"))
        p99s.append(percentile(times, 0.99) if times else float("nan"))
        conflicts.append(100 * refused[0] / max(1, refused[0] + len(times)))
    return {"rate": rates, "p50": p50s, "p99": p99s, "conflicts": conflicts}


def first_change_after_restart(server, plan, runs):
    """Restart to ready, then the first change: Axon loads the plan from its snapshot and the events
    after it. A change that fails is timed and named (its code in "failures"), not retried."""
    ready, first, failures = [], [], []
    rng = random.Random()  # a fixed seed repeats a figure across restarts: "the revision changes nothing"
    for _ in range(runs):
        server.stop()
        ready.append(server.start())
        entity = plan.outcomes[1]
        plan.versions[entity] = latest_version(server, entity)
        started = time.perf_counter()
        version, code = change(server, plan, "outcome", entity, None, rng)
        first.append((time.perf_counter() - started) * 1000)
        if not version:
            failures.append(code)
    return {"ready": ready, "first": first, "failures": failures}


@contextlib.contextmanager
def grown_plan(jar, events, port, prefix):
    """A server on a fresh store with the Harrow plan grown to this many events; stopped and removed after."""
    work = tempfile.mkdtemp(prefix=prefix)
    server = Server(os.path.abspath(jar), work, port)
    try:
        server.start()
        grow(server, Plan(server), events)
        yield server, Plan(server)
    finally:
        if server.process and server.process.poll() is None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


def narrow_arguments(port, events=1000):
    """The options of the narrower benchmarks: the jar, the plan's size, runs and port."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="target/plantrail-0.1.0-SNAPSHOT.jar")
    parser.add_argument("--events", type=int, default=events)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=port)
    return parser.parse_args()


# ---------------------------------------------------------------- reporting

def cpu_model():
    """The processor's name (figures from different machines are not comparable), or its architecture."""
    with contextlib.suppress(OSError):
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def java_version():
    """The first line java -version prints that is its own (JAVA_TOOL_OPTIONS adds one before it)."""
    lines = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()
    options = os.environ.get("JAVA_TOOL_OPTIONS")
    version = next(line for line in lines if not line.startswith("Picked up"))
    return version + (f", JAVA_TOOL_OPTIONS={options}" if options else "")


def report(results, args, started):
    lines = [f"## The suite's last run: {', '.join(f'{s:,}' for s in args.sizes)} events ({started:%Y-%m-%d %H:%M} UTC)", "",
             f"Command: `python3 bench/suite.py --jar {args.jar} --sizes {','.join(map(str, args.sizes))} --runs {args.runs}`",
             f"(from `bash bench/run.sh`). Machine: {os.cpu_count()} cores, {cpu_model()}, "
             f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, "
             f"{java_version()}; "
             "one jar on a fresh default (embedded file) store, the Harrow plan grown by changes to outcomes, targets, "
             "budget lines and task progress from 8 officers at once, a draft every 1,000 changes. "
             f"Each figure: min / median / max of {args.runs} runs.", ""]
    sizes = list(results)
    lines += ["### Reads: p50 / p99 latency at concurrency 1 (ms), throughput at concurrency 8 (requests/s)", "",
              "| read | " + " | ".join(f"{results[s]['read_at']:,} events: p50 | p99 | req/s" for s in sizes) + " |",
              "|---|" + "---|---|---|" * len(sizes)]
    for name in ["static bytes of the whole plan (the limit)", *results[sizes[0]]["reads"]]:
        cells = []
        for size in sizes:
            found = results[size]["static"] if name.startswith("static") else results[size]["reads"][name]
            cells.append(f"{spread(found['p50'])} | {spread(found['p99'])} | {spread(found['rps'], 0)}")
        label = name
        if name == "as at the middle version":
            label += " (" + " / ".join(f"{results[s]['reads'][name]['version']:,}" for s in sizes) + ")"
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", "Sign-in floor, `{ __typename }` over HTTP Basic (local accounts), p50 ms: " +
              "; ".join(f"{results[s]['read_at']:,} events: {spread(results[s]['floor']['p50'], 2)}" for s in sizes), ""]
    lines += ["### Writes: officers revising outcomes, targets and budget lines, each change durable before its answer", "",
              "| officers | " + " | ".join(f"from {results[s]['read_at']:,} events: changes/s | p50 ms | p99 ms | CONFLICT %" for s in sizes) + " |",
              "|---|" + "---|---|---|---|" * len(sizes)]
    for label in results[sizes[0]]["writes"]:
        cells = [" | ".join(spread(results[s]["writes"][label][k]) for k in ("rate", "p50", "p99", "conflicts"))
                 for s in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", "### Storage, memory, restart", "",
              "| events (after the writes) | disk bytes per event | data directory (MB) | heap used (MB) | RSS (MB) | restart to ready (s) | first change after restart (ms) |",
              "|---|---|---|---|---|---|---|"]
    for size in sizes:
        r = results[size]
        lines.append(f"| {r['events']:,} | {r['disk'] / r['events']:,.0f} | {r['disk'] / 2**20:,.1f} | {r['heap']:,.0f} | "
                     f"{r['rss']:,.0f} | {spread(r['restart']['ready'])} | {spread(r['restart']['first'])} |")
    lines.append("")
    return "\n".join(lines)


def write_benchmarks(section, marker="suite"):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BENCHMARKS.md")
    with open(path) as file:
        text = file.read()
    begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + begin + "\n" + section + "\n" + end + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + begin + "\n" + section + "\n" + end + "\n"
    with open(path, "w") as file:
        file.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="target/plantrail-0.1.0-SNAPSHOT.jar")
    parser.add_argument("--sizes", default="1000,10000", type=lambda s: [int(n) for n in s.split(",")])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=18190)
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    args = parser.parse_args()
    started = datetime.datetime.utcnow()
    work = tempfile.mkdtemp(prefix="plantrail-bench-")
    server = Server(os.path.abspath(args.jar), work, args.port)
    results = {}
    try:
        print(f"starting on {work}", flush=True)
        server.start()
        plan = Plan(server)
        for size in args.sizes:
            print(f"growing to {size:,} events", flush=True)
            grow_started = time.perf_counter()
            grow(server, plan, size)
            plan = Plan(server)
            print(f"  {plan.version:,} events after {time.perf_counter() - grow_started:.0f} s; reads", flush=True)
            result = {"read_at": plan.version, "reads": reads(server, plan, args.runs),
                      "static": static_baseline(server, args.runs), "floor": sign_in_floor(server, args.runs)}
            print("  writes", flush=True)
            result["writes"] = {f"{n} on different entities": writes(server, plan, args.runs, n, False) for n in (1, 4, 8, 16)}
            result["writes"]["4 on the same outcome"] = writes(server, plan, args.runs, 4, True)
            plan = Plan(server)
            result.update(events=plan.version, disk=server.disk_bytes(), heap=server.heap_mb(), rss=server.rss_mb())
            print("  restarts", flush=True)
            result["restart"] = first_change_after_restart(server, plan, args.runs)
            if result["restart"]["failures"]:
                raise RuntimeError(f"a first change after a restart was refused: {result['restart']['failures']}")
            results[size] = result
            section = report(results, args, started)
            write_benchmarks(section)
            print(section, flush=True)
    finally:
        if server.process and server.process.poll() is None:
            server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
