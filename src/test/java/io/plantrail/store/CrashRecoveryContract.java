package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The real application in its own JVM, killed with SIGKILL while officers are changing the plan: every change it acknowledged is there after the restart, under the version
 * it was acknowledged with; the chain verifies; the read side equals a fresh replay of the log.
 * One store lives through all the kills, so that each start after a kill is also the next start
 * the test needs (five starts for three kills, where a store per kill took nine).
 */
@Tag("process")
abstract class CrashRecoveryContract {

    static final Logger log = LoggerFactory.getLogger(CrashRecoveryContract.class);
    private static final String SMALL_PLAN = "small-plan";
    static final Duration START_UP = Duration.ofMinutes(2);
    /** A file, not a classpath resource: the application runs without the test classes. */
    static final String SMALL_PLAN_DOCUMENT = "file:" + Path.of("src/test/resources/seed/small-plan.json").toAbsolutePath();
    static final Random MOMENTS = new Random();

    private static final String REVISE = """
            mutation($p: ID!, $o: ID!, $v: Int!, $a: String!, $k: String!) {
              reviseOutcome(planId: $p, outcomeId: $o, input: {actions: [$a]}, expectedVersion: $v,
                            reason: "Crash test", idempotencyKey: $k) { planVersion id } }""";
    private static final String SET_TARGET = """
            mutation($p: ID!, $o: ID!, $a: String!, $k: String!) {
              setTarget(planId: $p, outcomeId: $o, input: {description: $a}, reason: "Crash test",
                        idempotencyKey: $k) { planVersion id } }""";
    private static final String OUTCOMES = "query($p: ID!) { plan(id: $p) { outcomes { id version } } }";
    private static final String HISTORY = """
            query($p: ID!, $e: ID!, $a: String) { history(planId: $p, entityId: $e, first: 100, after: $a) {
              edges { node { planVersion changes { field value } } } pageInfo { hasNextPage endCursor } } }""";
    private static final String INTEGRITY = "query($p: ID!) { verifyIntegrity(planId: $p) { ok checkedEvents firstBroken { sequenceNumber problem } } }";
    private static final String TREE = """
            query($p: ID!) { plan(id: $p) { version drafts { number version digest }
              themes { id name priorities { id title outcomes { id title actions version
                targets { id description version } gaps { field kind } lastChange { actor reason planVersion } } } } } }""";
    private static final String LOG_PAGE = """
            query($p: ID!, $a: String) { planHistory(planId: $p, first: 200, after: $a) {
              edges { node { planVersion type entityId actor reason time } } pageInfo { hasNextPage endCursor } } }""";

    @TempDir
    Path work;

    /** The application on its store, with the small plan as its seed. */
    abstract AppProcess startWithSmallPlan(Path data, String name) throws IOException;

    /** Behind the application's back: the projections and the processor's token go, the log stays. */
    abstract void dropReadSide(Path data);

    /** What the server said yes to: this value, in this entity, at this plan version. */
    record Acknowledged(String entityId, long planVersion, String value) {
    }

    /**
     * Three kills in a row, each at a different moment after the first change it acknowledged, each
     * on the store the kill before left behind: after each restart every change acknowledged so
     * far is there and the chain verifies; at the end the read side rebuilt from the log equals
     * the one that lived through the kills.
     */
    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES) // the officers' retry loops and the waits for readiness never hang CI
    void everyAcknowledgedChangeSurvivesKillsInTheMiddleOfStreamsOfChanges() throws Exception {
        Path data = work.resolve("data");
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        int[] earliestKillMillis = {300, 1500, 3500};
        for (int kill = 0; kill < earliestKillMillis.length; kill++) {
            try (AppProcess app = startWithSmallPlan(data, "before-kill-" + (kill + 1)).awaitReady(START_UP)) {
                if (kill > 0) {
                    assertEveryAcknowledgedChangeIsThere(app, acknowledged);
                    assertChainVerifies(app, SMALL_PLAN);
                }
                killInTheMiddleOfChanges(app, earliestKillMillis[kill], acknowledged);
            }
        }

        Map<String, Object> liveReadSide;
        try (AppProcess app = startWithSmallPlan(data, "restarted").awaitReady(START_UP)) {
            assertEveryAcknowledgedChangeIsThere(app, acknowledged);
            assertChainVerifies(app, SMALL_PLAN);
            liveReadSide = readSide(app, SMALL_PLAN);
        }
        dropReadSide(data);
        try (AppProcess app = startWithSmallPlan(data, "replayed").awaitReady(START_UP)) {
            assertThat(readSide(app, SMALL_PLAN)).as("the read side rebuilt from the log").isEqualTo(liveReadSide);
        }
    }

    /** Officers change the plan until the kill, at {@code earliestKillMillis} after its first acknowledged change plus a random moment. */
    private static void killInTheMiddleOfChanges(AppProcess app, int earliestKillMillis, List<Acknowledged> acknowledged)
            throws Exception {
        int before = acknowledged.size();
        List<Thread> officers = startOfficers(app, acknowledged);
        while (acknowledged.size() == before && officers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(10);
        }
        long killAfter = earliestKillMillis + MOMENTS.nextInt(1500);
        Thread.sleep(killAfter);
        app.kill();
        for (Thread officer : officers) {
            officer.join(Duration.ofSeconds(70).toMillis());
        }
        log.info("Killed after {} ms with {} changes acknowledged since the start", killAfter, acknowledged.size() - before);
        assertThat(acknowledged.size()).as("changes acknowledged before the kill").isGreaterThan(before);
    }

    private static List<Thread> startOfficers(AppProcess app, List<Acknowledged> acknowledged) throws Exception {
        List<Thread> officers = new ArrayList<>();
        for (JsonNode outcome : app.query("officer", OUTCOMES, Map.of("p", SMALL_PLAN)).get("plan").get("outcomes")) {
            String id = outcome.get("id").asString();
            long version = outcome.get("version").asLong();
            officers.add(new Thread(() -> reviseUntilRefused(app, id, version, acknowledged)));
            officers.add(new Thread(() -> setTargetsUntilRefused(app, id, acknowledged)));
        }
        officers.forEach(Thread::start);
        return officers;
    }

    private static void reviseUntilRefused(AppProcess app, String outcomeId, long version, List<Acknowledged> acknowledged) {
        for (int n = 1; ; n++) {
            String action = outcomeId + " revision " + n + " " + UUID.randomUUID();
            JsonNode result = send(app, REVISE, Map.of("p", SMALL_PLAN, "o", outcomeId, "v", version, "a", action,
                    "k", UUID.randomUUID().toString()), "reviseOutcome");
            if (result == null) {
                return;
            }
            version = result.get("planVersion").asLong();
            acknowledged.add(new Acknowledged(outcomeId, version, action));
        }
    }

    private static void setTargetsUntilRefused(AppProcess app, String outcomeId, List<Acknowledged> acknowledged) {
        for (int n = 1; ; n++) {
            String description = "Target " + n + " of " + outcomeId + " " + UUID.randomUUID();
            JsonNode result = send(app, SET_TARGET, Map.of("p", SMALL_PLAN, "o", outcomeId, "a", description,
                    "k", UUID.randomUUID().toString()), "setTarget");
            if (result == null) {
                return;
            }
            acknowledged.add(new Acknowledged(result.get("id").asString(), result.get("planVersion").asLong(), description));
        }
    }

    /** The mutation's result, or null once the server is gone (or refuses, which ends that officer too). */
    private static JsonNode send(AppProcess app, String mutation, Map<String, Object> variables, String field) {
        try {
            var response = app.post("officer", mutation, variables);
            JsonNode answer = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
            return response.statusCode() == 200 && !answer.has("errors") ? answer.get("data").get(field) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void assertEveryAcknowledgedChangeIsThere(AppProcess app, List<Acknowledged> acknowledged) throws Exception {
        Map<String, Map<Long, String>> histories = new HashMap<>();
        List<Acknowledged> lost = new ArrayList<>();
        for (Acknowledged change : acknowledged) {
            Map<Long, String> history = histories.computeIfAbsent(change.entityId(), id -> historyOf(app, id));
            String atVersion = history.get(change.planVersion());
            if (atVersion == null || !atVersion.contains(change.value())) {
                lost.add(change);
            }
        }
        assertThat(lost).as("acknowledged changes missing after the restart (of %d)", acknowledged.size()).isEmpty();
        long highest = acknowledged.stream().mapToLong(Acknowledged::planVersion).max().orElseThrow();
        long now = app.query("auditor", "query($p: ID!) { plan(id: $p) { version } }", Map.of("p", SMALL_PLAN))
                .get("plan").get("version").asLong();
        assertThat(now).as("no acknowledged version is handed out again").isGreaterThanOrEqualTo(highest);
    }

    private static Map<Long, String> historyOf(AppProcess app, String entityId) {
        Map<Long, String> versions = new HashMap<>();
        String after = null;
        try {
            do {
                Map<String, Object> variables = new HashMap<>(Map.of("p", SMALL_PLAN, "e", entityId));
                variables.put("a", after);
                JsonNode page = app.query("auditor", HISTORY, variables).get("history");
                page.get("edges").forEach(edge -> versions.put(edge.get("node").get("planVersion").asLong(),
                        edge.get("node").get("changes").toString()));
                after = page.get("pageInfo").get("hasNextPage").asBoolean()
                        ? page.get("pageInfo").get("endCursor").asString() : null;
            } while (after != null);
        } catch (Exception e) {
            throw new AssertionError("Could not read the history of " + entityId, e);
        }
        return versions;
    }

    static JsonNode assertChainVerifies(AppProcess app, String planId) throws Exception {
        JsonNode report = app.query("auditor", INTEGRITY, Map.of("p", planId)).get("verifyIntegrity");
        assertThat(report.get("ok").asBoolean()).as("verifyIntegrity after the crash: %s", report).isTrue();
        return report;
    }

    /** The whole plan tree and the whole log as the read side answers them. */
    private static Map<String, Object> readSide(AppProcess app, String planId) throws Exception {
        List<String> logPages = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("p", planId));
            variables.put("a", after);
            JsonNode page = app.query("auditor", LOG_PAGE, variables).get("planHistory");
            logPages.add(page.get("edges").toString());
            after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asString() : null;
        } while (after != null);
        return Map.of("tree", app.query("auditor", TREE, Map.of("p", planId)).toString(), "log", logPages);
    }
}
