package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Queries over GET (graphql-over-HTTP), with standard HTTP caching: every answer carries an ETag
 * of its bytes, a repeated GET with it gets 304 while the answer is unchanged (always, as at an
 * issued draft), and a change or an erasure gives a new answer at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class QueriesOverGetTest extends ApiTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AS_AT_DRAFT = """
            query draftOne($p: ID!, $d: Int) { plan(id: $p, asAt: {draft: $d}) { version outcomes { id title contacts { name } } } }""";

    String outcomeId;

    @BeforeEach
    void issueDraftOneThenReviseIt() {
        outcomeId = addOutcome("Upgrading the shopping centres", "UL");
        issueDraftOne();
        reviseTitle(outcomeId, "Upgrading all shopping centres", "Scrutiny asked for all");
    }

    @Test
    void anAnswerAsAtADraftCarriesAnEtagAndARepeatedGetIsNotModified() throws Exception {
        HttpResponse<String> first = get("officer", AS_AT_DRAFT, "{\"p\":\"" + planId + "\",\"d\":1}", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Upgrading the shopping centres").doesNotContain("errors");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        reviseTitle(outcomeId, "Every shopping centre", "Wording");
        HttpResponse<String> again = get("officer", AS_AT_DRAFT, "{\"p\":\"" + planId + "\",\"d\":1}", etag);
        HttpResponse<String> unconditional = get("officer", AS_AT_DRAFT, "{\"p\":\"" + planId + "\",\"d\":1}", null);

        assertThat(again.statusCode()).as("a later change does not touch Draft 1").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(unconditional.body()).isEqualTo(first.body());
        assertThat(unconditional.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void thePlanNowIsNotModifiedUntilItChangesAndTheNextChangeShowsAtOnce() throws Exception {
        String now = "query planNow($p: ID!) { plan(id: $p) { version outcomes { title } } }";
        String variables = "{\"p\":\"" + planId + "\"}";
        HttpResponse<String> before = get("officer", now, variables, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        assertThat(get("officer", now, variables, etag).statusCode()).isEqualTo(304);

        reviseTitle(outcomeId, "Every shopping centre", "Wording");

        HttpResponse<String> after = get("officer", now, variables, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Every shopping centre").doesNotContain("Upgrading all shopping centres");
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
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

    private HttpResponse<String> get(String user, String query, String variables, String ifNoneMatch) throws Exception {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("^\\s*query\\s+(\\w+)").matcher(query);
        String address = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&variables=" + URLEncoder.encode(variables, StandardCharsets.UTF_8)
                + (named.find() ? "&operationName=" + named.group(1) : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
