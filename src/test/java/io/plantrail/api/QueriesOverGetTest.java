package io.plantrail.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Queries over GET (graphql-over-HTTP), and the answers that can never change: as at an issued
 * draft or a version they carry a strong ETag, are computed once, and a repeated GET gets 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class QueriesOverGetTest extends ApiTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AS_AT_DRAFT = """
            query draftOne($p: ID!, $d: Int) { plan(id: $p, asAt: {draft: $d}) { version outcomes { id title contacts { name } } } }""";

    @Autowired
    MeterRegistry meters;

    String outcomeId;

    @BeforeEach
    void issueDraftOneThenReviseIt() {
        outcomeId = addOutcome("Upgrading the shopping centres", "UL");
        issueDraftOne();
        reviseTitle(outcomeId, "Upgrading all shopping centres", "Scrutiny asked for all");
    }

    @Test
    void anAnswerAsAtADraftIsComputedOnceAndARepeatedGetIsNotModified() throws Exception {
        HttpResponse<String> first = get("officer", AS_AT_DRAFT, "{\"p\":\"" + planId + "\",\"d\":1}", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Upgrading the shopping centres").doesNotContain("errors");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, max-age=3600, immutable");
        long computed = timesAnswered("draftOne");
        assertThat(computed).as("the first answer was computed").isPositive();

        HttpResponse<String> again = get("officer", AS_AT_DRAFT, "{\"p\":\"" + planId + "\",\"d\":1}", etag);
        HttpResponse<String> unconditional = get("officer", AS_AT_DRAFT, "{\"p\":\"" + planId + "\",\"d\":1}", null);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(unconditional.body()).isEqualTo(first.body());
        assertThat(unconditional.headers().firstValue("ETag")).hasValue(etag);
        assertThat(timesAnswered("draftOne")).as("served from memory, not computed again").isEqualTo(computed);
    }

    @Test
    void thePlanNowIsKeptOnlyUntilItChangesAndTheNextChangeShowsAtOnce() throws Exception {
        String now = "query planNow($p: ID!) { plan(id: $p) { version outcomes { title } } }";
        String variables = "{\"p\":\"" + planId + "\"}";
        HttpResponse<String> before = get("officer", now, variables, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.headers().firstValue("Cache-Control")).as("kept, but asked again each time").hasValue("private, no-cache");
        long computed = timesAnswered("planNow");
        assertThat(computed).as("the first answer was computed").isPositive();

        HttpResponse<String> unchanged = get("officer", now, variables, etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(timesAnswered("planNow")).as("served from memory while the plan is unchanged").isEqualTo(computed);

        reviseTitle(outcomeId, "Every shopping centre", "Wording");

        HttpResponse<String> after = get("officer", now, variables, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Every shopping centre").doesNotContain("Upgrading all shopping centres");
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(timesAnswered("planNow")).isEqualTo(computed + 1);
    }

    @Test
    void aQuestionThatReadsMoreThanNamedPlansIsNeverKept() throws Exception {
        String everyPlan = "query allPlans { plans { id version } }";
        HttpResponse<String> answer = get("officer", everyPlan, "{}", null);
        assertThat(answer.headers().firstValue("ETag")).isEmpty();
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void aVersionNotYetReachedIsNotFoundTodayAndAnsweredOnceItExists() throws Exception {
        String asAtVersion = "query($p: ID!, $v: Int) { plan(id: $p, asAt: {version: $v}) { version } }";
        long next = planVersion() + 1;
        String variables = "{\"p\":\"" + planId + "\",\"v\":" + next + "}";
        HttpResponse<String> early = get("officer", asAtVersion, variables, null);
        assertThat(early.body()).contains("NOT_FOUND");
        assertThat(early.headers().firstValue("ETag")).isEmpty();

        addOutcome("Cleaner streets", "UL");

        HttpResponse<String> later = get("officer", asAtVersion, variables, null);
        assertThat(later.body()).contains("\"version\":" + next).doesNotContain("errors");
        assertThat(later.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void anErasureChangesEvenAnAnswerThatCouldNotChangeOtherwise() throws Exception {
        String variables = "{\"p\":\"" + planId + "\",\"d\":1}";
        HttpResponse<String> before = get("officer", AS_AT_DRAFT, variables, null);
        assertThat(before.body()).contains("Andrew Trehern");
        String personId = graphQl.document("query($p: ID!) { plan(id: $p) { outcomes(filter: {search: \"shopping\"}) { contacts { personId } } } }")
                .variables(GraphQlClient.vars("p", planId)).execute()
                .path("plan.outcomes[0].contacts[0].personId").entity(String.class).get();

        run(admin, "mutation($p: ID!, $person: ID!) { eraseContact(planId: $p, personId: $person, reason: \"Asked to be forgotten\") { planVersion } }",
                "p", planId, "person", personId);

        HttpResponse<String> after = get("officer", AS_AT_DRAFT, variables, before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).doesNotContain("Andrew Trehern");
    }

    @Test
    void aChangeIsNeverMadeByGet() throws Exception {
        long before = planVersion();
        HttpResponse<String> refused = get("admin", "mutation($p: ID!) { issueDraft(planId: $p, label: \"Draft 2\", "
                + "documentDate: \"2004-05-12\", reason: \"By a link\") { planVersion } }", "{\"p\":\"" + planId + "\"}", null);

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Allow")).hasValue("POST");
        assertThat(refused.body()).contains("\"code\":\"VALIDATION\"").contains("never as GET");
        assertThat(planVersion()).isEqualTo(before);
    }

    private long timesAnswered(String operation) {
        return meters.find("plantrail.graphql.requests").tag("operation", operation).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private HttpResponse<String> get(String user, String query, String variables, String ifNoneMatch) throws Exception {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("^\\s*query\\s+(\\w+)").matcher(query);
        String address = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&variables=" + URLEncoder.encode(variables, StandardCharsets.UTF_8)
                + (named.find() ? "&operationName=" + named.group(1) : ""); // so the metrics count it by name
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
