package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as browser and Node clients use it, through the real libraries (src/test/node): the
 * graphql-http audit of GraphQL over HTTP, a graphql-ws client hearing a change live, and
 * @apollo/client's normalized cache holding the plan now and as at Draft 1 apart. Skipped where
 * Node.js is not installed; the packages come from the npm registry (package-lock.json).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
@Tag("process")
class ClientLibrariesTest extends ApiTestSupport {

    private static final Path CLIENTS = Path.of("src", "test", "node");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void installTheClients() throws Exception {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"), "Node.js and npm are not installed here");
        if (!Files.isDirectory(CLIENTS.resolve("node_modules"))) {
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(CLIENTS.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(install.waitFor(5, TimeUnit.MINUTES) && install.exitValue() == 0).as(output).isTrue();
        }
    }

    String outcomeId;

    @BeforeEach
    void draftOneThenAChange() {
        outcomeId = addOutcome("Upgrading the shopping centres", "UL");
        run("""
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "Centres upgraded",
                  target: "3", unit: "centres"}, reason: "From the draft") { planVersion } }""", "p", planId, "o", outcomeId);
        issueDraftOne();
        reviseTitle(outcomeId, "Upgrading all shopping centres", "Scrutiny asked for all");
        run("""
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "Footfall up",
                  target: "5", unit: "%"}, reason: "Scrutiny asked for a measure") { planVersion } }""", "p", planId, "o", outcomeId);
    }

    @Test
    void theGraphqlHttpAuditFindsNothingWrong() throws Exception {
        JsonNode audit = runClient("http-audit.js");

        assertThat(audit.path("notOk").toString()).isEqualTo("[]");
        assertThat(audit.path("ok").asInt()).isEqualTo(audit.path("total").asInt()).isGreaterThanOrEqualTo(61);
    }

    @Test
    void aGraphqlWsClientHearsAnOfficersChangeWithinASecond() throws Exception {
        JsonNode live = runClient("live-updates.js");

        assertThat(live.path("heard").path("entityId").asString()).isEqualTo(live.path("added").path("id").asString());
        assertThat(live.path("heard").path("planVersion").asLong()).isEqualTo(live.path("added").path("planVersion").asLong());
        assertThat(live.path("heard").path("actor").asString()).isEqualTo("officer");
        assertThat(live.path("heard").path("reason").asString()).isEqualTo("A change a screen should hear of");
        assertThat(live.path("millisecondsAfterSending").asLong()).isBetween(0L, 1000L);
        assertThat(live.path("scrutinyRefusedWith").asString()).isEqualTo("FORBIDDEN");
        assertThat(live.path("unknownPlanRefusedWith").asString()).isEqualTo("NOT_FOUND");
        assertThat(live.path("wrongPasswordClosedWith").asString()).as("the socket closed, unauthorized").isEqualTo("4401");
        assertThat(live.path("noCredentialsClosedWith").asString()).isEqualTo("4401");
    }

    @Test
    void apolloKeepsThePlanNowAndAsAtDraftOneApartWhenKeyedByVersionId() throws Exception {
        JsonNode caches = runClient("apollo-cache.js");

        JsonNode draftOne = caches.path("byVersionId").path("draftOne");
        JsonNode now = caches.path("byVersionId").path("now");
        assertThat(draftOne.path("titles").toString()).isEqualTo("[\"Upgrading the shopping centres\"]");
        assertThat(now.path("titles").toString()).isEqualTo("[\"Upgrading all shopping centres\"]");
        assertThat(draftOne.path("targets").asInt()).isEqualTo(1);
        assertThat(now.path("targets").asInt()).isEqualTo(2);
        assertThat(draftOne.path("version").asLong()).isLessThan(now.path("version").asLong());
        assertThat(caches.path("byIdAlone").path("draftOne").path("titles").toString())
                .as("keyed by id alone, the later fetch overwrites Draft 1: why versionId exists")
                .isEqualTo("[\"Upgrading all shopping centres\"]");
    }

    private JsonNode runClient(String script) throws IOException, InterruptedException {
        ProcessBuilder client = new ProcessBuilder("node", script).directory(CLIENTS.toFile());
        // 127.0.0.1, not localhost: Node tries ::1 first, and the server listens on IPv4
        client.environment().putAll(Map.of("BASE_URL", "http://127.0.0.1:" + port, "PLAN_ID", planId, "PRIORITY_ID", "ENV-A"));
        Process running = client.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(2, TimeUnit.MINUTES)).as("%s finished", script).isTrue();
        assertThat(running.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
