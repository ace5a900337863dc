package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator's probes and scrapers see: readiness and liveness as a bare status to anyone,
 * the details and the metrics only to auditors and administrators.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.document=classpath:seed/small-plan.json"})
class OperationsEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void probesAnswerAnyoneWithAStatusOnly() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        HttpResponse<String> liveness = get("/actuator/health/liveness", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/health", null).body()).doesNotContain("readSide", "store", "chainHead");
    }

    @Test
    void auditorsSeeTheStoreTheReadSideAndTheChainHead() throws Exception {
        String health = get("/actuator/health", "auditor").body();

        assertThat(health).contains("\"store\":{\"details\":{\"store\":\"embedded memory\"")
                .contains("\"readSide\":{\"details\":{\"eventsBehind\":0},\"status\":\"UP\"}")
                .contains("\"chainHead\":{\"status\":\"UP\"}");
    }

    @Test
    void aNewestEventChangedBehindTheApplicationsBackTurnsTheChainHeadDown() throws Exception {
        MongoCollection<Document> events = database.getCollection("domainevents");
        Document head = events.find(eq("aggregateIdentifier", "small-plan")).sort(descending("sequenceNumber")).first();
        Bson itsKey = eq("_id", head.get("_id"));
        events.updateOne(itsKey, set("timestamp", "2004-04-07T00:00:00Z"));
        try {
            assertThat(get("/actuator/health", "auditor").body()).contains("\"chainHead\":{\"details\":{\"small-plan\":\"event "
                    + head.get("sequenceNumber") + ": its stored payload or metadata differ from what was hashed");
        } finally {
            events.updateOne(itsKey, set("timestamp", head.getString("timestamp")));
        }
        assertThat(get("/actuator/health", "auditor").body()).contains("\"chainHead\":{\"status\":\"UP\"}");
    }

    @Test
    void metricsAreForAuditorsAndAdministratorsOnly() throws Exception {
        graphQl("officer", "ReviseStale", """
                mutation ReviseStale { reviseOutcome(planId: "small-plan", outcomeId: "ENV-A-1", input: {},
                  expectedVersion: 1, reason: "Stale on purpose") { planVersion } }""");
        graphQl("officer", "AskNothing", "query AskNothing { nothingHere }");

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "officer").statusCode()).isEqualTo(403);
        String metrics = get("/actuator/prometheus", "admin").body();
        assertThat(metrics)
                .contains("plantrail_changes_seconds_count{code=\"NONE\",outcome=\"accepted\",type=\"AddOutcome\"}")
                .contains("plantrail_changes_seconds_count{code=\"CONFLICT\",outcome=\"refused\",type=\"ReviseOutcome\"} 1")
                .contains("graphql_request_seconds_count{error=\"none\",graphql_error_code=\"CONFLICT\",graphql_operation_name=\"ReviseStale\","
                        + "graphql_operation_type=\"mutation\",graphql_outcome=\"REQUEST_ERROR\"} 1")
                .as("graphql-java's own refusal, before our code runs, by the code the answer carries")
                .contains("graphql_error_code=\"VALIDATION\",graphql_operation_name=\"AskNothing\"");
    }

    private void graphQl(String user, String operationName, String query) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "operationName", operationName));
        http.send(request("/graphql", user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
