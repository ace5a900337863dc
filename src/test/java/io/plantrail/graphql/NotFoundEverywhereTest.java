package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** One rule for what is not there, on every root field and every address: NOT_FOUND, in a body with a code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class NotFoundEverywhereTest extends ApiTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyRootFieldAnswersNotFoundForWhatIsNotThere() {
        notFound("query { plan(id: \"no-such-plan\") { id } }");
        notFound("query($p: ID!) { plan(id: $p, asAt: {draft: 3}) { id } }");
        notFound("query($p: ID!) { plan(id: $p, asAt: {version: 999}) { id } }");
        notFound("query($p: ID!) { history(planId: $p, entityId: \"ENV-Z-9\") { totalCount } }");
        notFound("query { history(entityId: \"ENV-Z-9\") { totalCount } }");
        notFound("query { completeness(planId: \"no-such-plan\") { openGaps } }");
        notFound("query { budgetChecks(planId: \"no-such-plan\") { status } }");
        notFound("query($p: ID!) { planDiff(planId: $p, from: {draft: 1}) { from } }");
        notFound("query { planHistory(planId: \"no-such-plan\") { edges { cursor } } }");
        notFound("query { planHistoryChoices(planId: \"no-such-plan\") { actors } }");
    }

    @Test
    void everyAddressAnswersNotFoundWithACode() throws Exception {
        for (String address : new String[] {"/no-such-page", "/plans/no-such-plan/document", "/plans/no-such-plan/log"}) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(address).isEqualTo(404);
            assertThat(answer.body()).as(address).contains("\"code\":\"NOT_FOUND\"");
        }
    }

    private void notFound(String query) {
        auditor.document(query).variables(GraphQlClient.vars("p", planId)).execute().errors().satisfy(errors -> {
            assertThat(errors).as(query).hasSize(1);
            assertThat(errors.get(0).getExtensions()).as(query).containsEntry("code", "NOT_FOUND");
        });
    }
}
