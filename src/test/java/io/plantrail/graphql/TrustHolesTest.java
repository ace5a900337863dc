package io.plantrail.graphql;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The holes a hostile user and an operator found in the trust plantrail promises: text that
 * breaks the chain, parts of a stored event the chain did not cover, limits that were not limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class TrustHolesTest extends ApiTestSupport {

    private static final String INTEGRITY = """
            query($p: ID!) { verifyIntegrity(planId: $p) { ok checkedEvents firstBroken { sequenceNumber problem }
              broken { sequenceNumber problem } } }""";
    private static final String ADD_TITLED = """
            mutation($p: ID!, $title: String, $reason: String!) { addOutcome(planId: $p, priorityId: "ENV-A",
              input: {title: $title}, reason: $reason) { planVersion id } }""";

    @Autowired
    MongoDatabase database;

    @Test
    void brokenOrInvisibleTextIsRefusedBeforeItIsHashedAndTheChainStaysWhole() {
        expectError("VALIDATION", "half of a surrogate pair", ADD_TITLED, "p", planId, "title", "Jobs \udfff", "reason", "r");
        expectError("VALIDATION", "control character", ADD_TITLED, "p", planId, "title", "Jobs\u0000", "reason", "r");
        expectError("VALIDATION", "reason", ADD_TITLED, "p", planId, "title", "Jobs", "reason", "\u200b\u200d\u2060");
        expectError("VALIDATION", "only invisible characters", ADD_TITLED, "p", planId, "title", "\u200b\u200b", "reason", "r");
        run(ADD_TITLED, "p", planId, "title", "Jobs for Harrow 😀 — café", "reason", "Real text is welcome");

        run(auditor, INTEGRITY, "p", planId).path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aNulInASearchIsRefusedWithACodeNotAnInternalError() {
        auditor.document("query($p: ID!) { plan(id: $p) { outcomes(filter: {search: \"a\\u0000b\"}) { id } } }")
                .variables(GraphQlClient.vars("p", planId)).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "VALIDATION"));
    }

    @Test
    void aFigureWithAHugeExponentIsRefused() {
        String outcome = addOutcome("Removal of all graffiti", "UL");
        expectError("VALIDATION", "is not an amount", """
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "d", target: "1E+2147483647"},
                  reason: "r") { planVersion } }""", "p", planId, "o", outcome);
    }

    @Test
    void theChainCoversTimestampPayloadTypeRevisionAndMetadataAndNoticesALostTail() throws Exception {
        addOutcome("Removal of all graffiti", "UL");
        addOutcome("Improved sweeping", "UL");
        assertTamperingCaught(3, Updates.set("timestamp", "2004-04-07T00:00:00.000Z"));
        assertTamperingCaught(3, Updates.set("payloadType", "io.plantrail.plan.OutcomeRemoved"));
        assertTamperingCaught(3, Updates.set("payloadRevision", "2"));
        assertTamperingCaught(3, moveOneMetadataEntryIntoAnother());

        MongoCollection<Document> events = database.getCollection("domainevents");
        events.deleteOne(and(eq("aggregateIdentifier", planId), eq("sequenceNumber", 4L)));
        GraphQlTester.Response report = run(auditor, INTEGRITY, "p", planId);
        report.path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(false);
        report.path("verifyIntegrity.broken[0].problem").entity(String.class)
                .satisfies(problem -> assertThat(problem).contains("removed from its end"));

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("auditor:auditor".getBytes()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"chainHead\":{").contains("missing from the end of the log");
    }

    @Test
    void theReadSideIsCheckedAgainstTheLogAndAFigureOrActorChangedBehindTheAppsBackIsFound() {
        String outcome = addOutcome("Removal of all graffiti", "UL");
        run("""
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "Graffiti removed", target: "48"},
                  reason: "From the draft") { planVersion } }""", "p", planId, "o", outcome);
        String check = "query($p: ID!) { verifyReadSide(planId: $p) { ok checkedEntries differences { entityId planVersion problem } } }";
        run(auditor, check, "p", planId).path("verifyReadSide.ok").entity(Boolean.class).isEqualTo(true);

        MongoCollection<Document> versions = database.getCollection("entity_versions");
        versions.updateOne(and(eq("planId", planId), eq("kind", "TARGET")), Updates.set("details.target", "999.999"));
        database.getCollection("changes").updateOne(and(eq("planId", planId), eq("entityId", outcome)),
                Updates.combine(Updates.set("actor", "mallory"), Updates.set("reason", "forged")));

        GraphQlTester.Response report = run(auditor, check, "p", planId);
        report.path("verifyReadSide.ok").entity(Boolean.class).isEqualTo(false);
        report.path("verifyReadSide.differences[*].problem").entityList(String.class).satisfies(problems -> assertThat(problems)
                .anyMatch(problem -> problem.contains("entity_versions") && problem.contains("details"))
                .anyMatch(problem -> problem.contains("changes") && problem.contains("actor") && problem.contains("reason")));
        expectError("FORBIDDEN", "role", check, "p", planId);
    }

    @Test
    void verificationGoesOnPastTheFirstBreakAndListsEveryOne() {
        addOutcome("Removal of all graffiti", "UL");
        addOutcome("Improved sweeping", "UL");
        MongoCollection<Document> events = database.getCollection("domainevents");
        events.updateOne(event(1), Updates.set("timestamp", "2004-04-07T00:00:00.000Z"));
        events.updateOne(event(4), Updates.set("payloadType", "io.plantrail.plan.OutcomeRemoved"));

        run(auditor, INTEGRITY, "p", planId)
                .path("verifyIntegrity.broken[*].sequenceNumber").entityList(Long.class).containsExactly(1L, 4L);
    }

    @Test
    void anInstantWithFewerDecimalsIsComparedAsAnInstantNotAsText() throws InterruptedException {
        Instant planOpened = Instant.now();
        Thread.sleep(1_050 - planOpened.getNano() / 1_000_000); // the outcome comes in a later second than the plan
        String outcome = addOutcome("Removal of all graffiti", "UL");
        Instant madeAt = Instant.parse(run("query($p: ID!, $e: ID!) { history(planId: $p, entityId: $e) { edges { node { time } } } }",
                "p", planId, "e", outcome).path("history.edges[0].node.time").entity(String.class).get());
        Instant wholeSecondBefore = madeAt.truncatedTo(ChronoUnit.SECONDS);
        if (wholeSecondBefore.equals(madeAt)) {
            wholeSecondBefore = madeAt.minusSeconds(1);
        }
        run("query($p: ID!, $t: DateTime) { plan(id: $p, asAt: {timestamp: $t}) { outcomes { id } } }",
                "p", planId, "t", wholeSecondBefore.toString())
                .path("plan.outcomes[*].id").entityList(String.class).doesNotContain(outcome);
    }

    @Test
    void requestsThatAreNotPlainlyJsonOrAskForTooMuchAreRefusedWithACode() throws Exception {
        HttpResponse<String> anyType = post("*/*", "{\"query\":\"{ plans { id } }\"}");
        assertThat(anyType.statusCode()).isEqualTo(415);
        assertThat(anyType.body()).contains("\"code\":\"VALIDATION\"").doesNotContain("Exception");

        String typenames = "{ " + "t: __typename ".repeat(1_200) + "}";
        assertThat(post("application/json", "{\"query\":\"" + typenames + "\"}").body()).contains("__typename more than");

        StringBuilder diffs = new StringBuilder("{ ");
        for (int i = 0; i < 20; i++) {
            diffs.append("d").append(i).append(": planDiff(planId: \\\"").append(planId)
                    .append("\\\", from: {version: 1}, to: {version: 2}) { planId } ");
        }
        assertThat(post("application/json", "{\"query\":\"" + diffs + "}\"}").body())
                .contains("\"code\":\"VALIDATION\"").doesNotContain("\"data\":{\"d0\"");
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("auditor:auditor".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Bson event(long sequenceNumber) {
        return and(eq("aggregateIdentifier", planId), eq("sequenceNumber", sequenceNumber));
    }

    /** One stored metadata entry's text moved into its neighbour's value: the same characters, read differently. */
    private Bson moveOneMetadataEntryIntoAnother() {
        Document stored = database.getCollection("domainevents").find(event(3)).first();
        Object raw = stored.get("serializedMetaData");
        Document metaData = raw instanceof Document document ? document : Document.parse(String.valueOf(raw));
        metaData.put("actor", metaData.getString("actor") + "\nreason=" + metaData.getString("reason"));
        metaData.remove("reason");
        return Updates.set("serializedMetaData", raw instanceof Document ? metaData : metaData.toJson());
    }

    private void assertTamperingCaught(long sequenceNumber, Bson tampering) {
        MongoCollection<Document> events = database.getCollection("domainevents");
        Document original = events.find(event(sequenceNumber)).first();
        events.updateOne(event(sequenceNumber), tampering);
        GraphQlTester.Response report = run(auditor, INTEGRITY, "p", planId);
        report.path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(false);
        report.path("verifyIntegrity.firstBroken.sequenceNumber").entity(Long.class).isEqualTo(sequenceNumber);
        events.replaceOne(event(sequenceNumber), original);
        run(auditor, INTEGRITY, "p", planId).path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(true);
    }
}
