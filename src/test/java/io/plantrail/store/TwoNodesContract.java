package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application nodes, each a process of its own, sharing one store. Each node holds the plan in
 * memory, and each change on one node leaves the other's copy behind: no change is lost or
 * wrongly refused for that; a change answered by one node is read on the other at once; and when
 * the node keeping the read side is killed, the other takes it over.
 */
@Tag("process")
abstract class TwoNodesContract {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesContract.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLAN = "small-plan";
    private static final String SMALL_PLAN_DOCUMENT = "file:" + Path.of("src/test/resources/seed/small-plan.json").toAbsolutePath();
    private static final Duration START_UP = Duration.ofMinutes(2);
    /** Axon's token claims time out after 10 s, and a free processor tries to claim every 5 s. */
    private static final Duration TAKE_OVER = Duration.ofSeconds(45);

    private static final String REVISE = """
            mutation($p: ID!, $o: ID!, $v: Int!, $a: String!, $k: String!) {
              reviseOutcome(planId: $p, outcomeId: $o, input: {actions: [$a]}, expectedVersion: $v,
                            reason: "Two nodes", idempotencyKey: $k) { planVersion id } }""";
    private static final String OUTCOMES = "query($p: ID!) { plan(id: $p) { version outcomes { id version actions } } }";
    private static final String HISTORY = """
            query($p: ID!, $e: ID!) { history(planId: $p, entityId: $e, first: 100) { totalCount
              edges { node { planVersion changes { field value } } } } }""";
    private static final String INTEGRITY = "query($p: ID!) { verifyIntegrity(planId: $p) { ok checkedEvents } }";

    @TempDir
    Path work;

    /** The connection string both nodes are given, as {@code MONGODB_URI}. */
    abstract String storeUri();

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void twoNodesOnOneStoreLoseNoChangeReadEachOthersChangesAndTakeOverTheReadSide() throws Exception {
        List<String> settings = List.of("--plantrail.mongo.uri=" + storeUri(),
                "--plantrail.privacy.master-key-file=" + work.resolve("master.key"),
                "--plantrail.privacy.create-master-key=true", "--plantrail.seed.document=" + SMALL_PLAN_DOCUMENT);
        try (AppProcess a = AppProcess.startWith(work.resolve("node-a.log"), settings).awaitReady(START_UP);
             AppProcess b = AppProcess.startWith(work.resolve("node-b.log"), settings).awaitReady(START_UP)) {
            List<String> outcomes = outcomeIds(a);
            takeTurnsOnOneOutcome(a, b, outcomes.get(0), 12);
            bothAtOnceOnDifferentOutcomes(a, b, outcomes.get(1), outcomes.get(0), 10);
            assertThat(a.query("auditor", INTEGRITY, Map.of("p", PLAN)).get("verifyIntegrity").get("ok").asBoolean()).isTrue();

            AppProcess keeper = keeperOfTheReadSide(storeUri(), a, b);
            AppProcess other = keeper == a ? b : a;
            keeper.kill();
            long tookOverMillis = millisUntilAChangeIsShown(other, outcomes.get(0));
            log.info("The read side was taken over {} ms after its keeper was killed", tookOverMillis);
            assertThat(Duration.ofMillis(tookOverMillis)).isLessThan(TAKE_OVER);
        }
    }

    /**
     * One outcome revised by turns on A and B, each change made from the version the other node
     * answered: the node taking its turn always holds a copy that is one change behind.
     */
    private void takeTurnsOnOneOutcome(AppProcess a, AppProcess b, String outcome, int turns) throws Exception {
        long version = entityVersion(a, outcome);
        for (int turn = 1; turn <= turns; turn++) {
            AppProcess writer = turn % 2 == 1 ? a : b;
            AppProcess reader = writer == a ? b : a;
            String action = "Turn " + turn + " " + UUID.randomUUID();
            JsonNode answer = revise(writer, outcome, version, action);
            assertThat(answer.has("errors")).as("turn %d: %s", turn, answer).isFalse();
            version = answer.get("data").get("reviseOutcome").get("planVersion").asLong();
            assertThat(entityVersion(reader, outcome)).as("turn %d read on the other node at once", turn).isEqualTo(version);
            assertThat(actionsOf(reader, outcome)).contains(action);
        }
        assertThat(historyCount(a, outcome, "Turn ")).as("every turn stored once").isEqualTo(turns);
    }

    /** Officers on both nodes at the same moment, each on an outcome of their own: every change stored once. */
    private void bothAtOnceOnDifferentOutcomes(AppProcess a, AppProcess b, String first, String second, int each)
            throws Exception {
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        Thread onA = new Thread(() -> reviseRepeatedly(a, first, each, refusals));
        Thread onB = new Thread(() -> reviseRepeatedly(b, second, each, refusals));
        onA.start();
        onB.start();
        onA.join();
        onB.join();
        assertThat(refusals).as("no change refused because the other node moved the plan on").isEmpty();
        assertThat(historyCount(b, first, "at once")).isEqualTo(each);
        assertThat(historyCount(a, second, "at once")).isEqualTo(each);
    }

    private void reviseRepeatedly(AppProcess node, String outcome, int times, ConcurrentLinkedQueue<String> refusals) {
        try {
            long version = entityVersion(node, outcome);
            for (int n = 1; n <= times; n++) {
                JsonNode answer = revise(node, outcome, version, outcome + " at once " + n);
                if (answer.has("errors")) {
                    refusals.add(answer.get("errors").toString());
                    return;
                }
                version = answer.get("data").get("reviseOutcome").get("planVersion").asLong();
            }
        } catch (Exception e) {
            refusals.add(e.toString());
        }
    }

    /** The node whose process holds the claim on the projection's token (Axon names the owner "pid@host"). */
    private static AppProcess keeperOfTheReadSide(String uri, AppProcess a, AppProcess b) {
        try (MongoClient client = MongoClients.create(uri)) {
            Document token = client.getDatabase("plantrail").getCollection("trackingtokens")
                    .find(new Document("processorName", "plan-projection")).first();
            assertThat(token).as("the projection's token").isNotNull();
            String owner = token.getString("owner");
            return owner != null && owner.startsWith(b.pid() + "@") ? b : a;
        }
    }

    /** A change on the surviving node, and how long after the kill the read side shows it. */
    private static long millisUntilAChangeIsShown(AppProcess survivor, String outcome) throws Exception {
        long killed = System.nanoTime();
        JsonNode answer = revise(survivor, outcome, entityVersion(survivor, outcome), "After the kill");
        assertThat(answer.has("errors")).as("a change with its read side keeper gone: %s", answer).isFalse();
        long version = answer.get("data").get("reviseOutcome").get("planVersion").asLong();
        Awaitility.await("taken over in time").atMost(TAKE_OVER).pollInterval(Duration.ofMillis(200))
                .until(() -> entityVersion(survivor, outcome) >= version);
        return Duration.ofNanos(System.nanoTime() - killed).toMillis();
    }

    private static JsonNode revise(AppProcess node, String outcome, long version, String action) throws Exception {
        return JSON.readTree(node.post("officer", REVISE, Map.of("p", PLAN, "o", outcome, "v", version, "a", action,
                "k", UUID.randomUUID().toString())).body());
    }

    private static List<String> outcomeIds(AppProcess node) throws Exception {
        List<String> ids = new ArrayList<>();
        node.query("officer", OUTCOMES, Map.of("p", PLAN)).get("plan").get("outcomes").forEach(o -> ids.add(o.get("id").asString()));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        return ids;
    }

    private static JsonNode outcome(AppProcess node, String outcome) throws Exception {
        for (JsonNode o : node.query("officer", OUTCOMES, Map.of("p", PLAN)).get("plan").get("outcomes")) {
            if (o.get("id").asString().equals(outcome)) {
                return o;
            }
        }
        throw new AssertionError("No outcome " + outcome);
    }

    private static long entityVersion(AppProcess node, String outcome) throws Exception {
        return outcome(node, outcome).get("version").asLong();
    }

    private static String actionsOf(AppProcess node, String outcome) throws Exception {
        return outcome(node, outcome).get("actions").toString();
    }

    /** The versions in the outcome's history whose changes carry {@code marker}. */
    private static long historyCount(AppProcess node, String outcome, String marker) throws Exception {
        JsonNode history = node.query("auditor", HISTORY, Map.of("p", PLAN, "e", outcome)).get("history");
        long versions = 0;
        for (JsonNode edge : history.get("edges")) {
            if (edge.get("node").get("changes").toString().contains(marker)) {
                versions++;
            }
        }
        return versions;
    }
}
