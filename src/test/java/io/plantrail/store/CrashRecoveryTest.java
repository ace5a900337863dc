package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * On the embedded file store. There the first start's import is one write, whole or absent: a
 * kill during it leaves the seed plan absent (imported again) or whole, never half.
 */
class CrashRecoveryTest extends CrashRecoveryContract {

    private static final String HARROW = "harrow-bvpp-2004-05";
    /** The events of one whole import of the Harrow document, its Draft 1 the last. */
    private static final long WHOLE_HARROW_IMPORT = 339;

    @Override
    AppProcess startWithSmallPlan(Path data, String name) throws IOException {
        return AppProcess.start(data, SMALL_PLAN_DOCUMENT, name);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKillDuringTheFirstStartImportLeavesTheSeedPlanAbsentOrWholeNeverHalf() throws Exception {
        Path data = work.resolve("data");
        try (AppProcess app = AppProcess.start(data, null, "importing")) {
            // loading (OUT_OF_SERVICE), or already done where the import outran the first look
            Awaitility.await().atMost(START_UP).pollInterval(Duration.ofMillis(20))
                    .until(app::readiness, answer -> answer.contains("OUT_OF_SERVICE") || answer.contains("\"UP\""));
            var duringImport = app.post("auditor", "{ plans { id version } }", Map.of());
            if (app.readiness().contains("OUT_OF_SERVICE")) {
                assertThat(duringImport.statusCode()).as("a query while the plan is loading").isEqualTo(503);
                assertThat(duringImport.body()).contains("\"code\":\"NOT_READY\"").doesNotContain("\"data\"");
                assertThat(duringImport.headers().firstValue("Retry-After")).isPresent();
            }
            long killAfter = MOMENTS.nextInt(4000);
            Thread.sleep(killAfter);
            log.info("Killing the first start {} ms into the import", killAfter);
            app.kill();
        }
        try (AppProcess app = AppProcess.start(data, null, "restarted").awaitReady(START_UP)) {
            JsonNode plan = app.query("auditor", "query($p: ID!) { plan(id: $p) { version drafts { number } } }",
                    Map.of("p", HARROW)).get("plan");
            assertThat(plan.get("version").asLong()).as("the whole Harrow import, once").isEqualTo(WHOLE_HARROW_IMPORT);
            assertThat(plan.get("drafts")).hasSize(1);
            JsonNode integrity = assertChainVerifies(app, HARROW);
            assertThat(integrity.get("checkedEvents").asLong()).isEqualTo(WHOLE_HARROW_IMPORT);
        }
    }

    @Override
    void dropReadSide(Path data) {
        DurableH2Backend backend = DurableH2Backend.open(data.resolve("plantrail.mv.db").toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("plantrail");
            for (String collection : List.of("entity_versions", "changes", "plans", "trackingtokens")) {
                database.getCollection(collection).drop();
            }
        } finally {
            server.shutdown();
        }
    }
}
