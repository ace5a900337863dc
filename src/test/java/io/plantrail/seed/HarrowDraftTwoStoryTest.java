package io.plantrail.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.api.GraphQlClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/**
 * The story of issue 3 on the real Harrow plan: Draft 1 is imported on start; officers change
 * two outcomes, a target and two budget lines and issue Draft 2; Draft 1 is still exactly what
 * was imported, the diff lists exactly those changes with who and why, and the target's history
 * shows each version.
 */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory"})
class HarrowDraftTwoStoryTest {

    static final String PLAN = "harrow-bvpp-2004-05";
    static final String WHOLE_PLAN = """
            query($at: AsAt) { plan(id: "harrow-bvpp-2004-05", asAt: $at) { title themes { id name statement gaps { field kind wording }
              priorities { id letter title gaps { field kind } outcomes { id title leadDirectorate achievements actions plans indicators
              contacts { name phone } targets { id description baseline target unit byWhen } gaps { field kind wording } } } }
              budgetTables { id title lines { id label amounts { column printed value } gaps { field kind } } }
              lpsaTargets { id number title local } cpa { overallRating previousRating }
              improvementPlan { id name tasks { id task status progress { id date text } } } sections { id heading paragraphs } } }""";

    @LocalServerPort
    int port;

    private GraphQlTester.Response run(String document, Map<String, Object> variables) {
        return runAs("officer", document, variables);
    }

    private GraphQlTester.Response runAs(String user, String document, Map<String, Object> variables) {
        GraphQlTester.Response response = GraphQlClient.as(user, port).document(document).variables(variables).execute();
        response.errors().verify();
        return response;
    }

    private long versionOf(String entityId) {
        return run("query($e: ID!) { history(planId: \"" + PLAN + "\", entityId: $e, first: 1) { edges { node { planVersion } } } }",
                Map.of("e", entityId)).path("history.edges[0].node.planVersion").entity(Long.class).get();
    }

    private void change(String mutation) {
        run(mutation, Map.of());
    }

    @Test
    void draftOneStaysExactlyAsImportedWhileDraftTwoIsPrepared() {
        Map<?, ?> imported = run(WHOLE_PLAN, Map.of()).path("plan").entity(Map.class).get();
        String firstOutcome = firstId("outcomes", imported);
        String target = run("{ plan(id: \"" + PLAN + "\") { outcomes { targets { id } } } }", Map.of())
                .path("plan.outcomes[*].targets[*].id").entityList(String.class).get().get(0);

        change("mutation { reviseOutcome(planId: \"" + PLAN + "\", outcomeId: \"" + firstOutcome
                + "\", input: {leadDirectorate: \"UL / BC\"}, expectedVersion: " + versionOf(firstOutcome) + ", reason: \"Business Connections now co-lead\") { id } }");
        change("mutation { reviseOutcome(planId: \"" + PLAN + "\", outcomeId: \"ENV-D-1\", input: {achievements: \"Travel plans agreed with 12 employers\"},"
                + " expectedVersion: " + versionOf("ENV-D-1") + ", reason: \"Completed for Draft 2\") { id } }");
        change("mutation { reviseTarget(planId: \"" + PLAN + "\", targetId: \"" + target + "\", input: {target: \"30\"},"
                + " expectedVersion: " + versionOf(target) + ", reason: \"Stretch agreed with GLA\") { id } }");
        change("mutation { reviseBudgetLine(planId: \"" + PLAN + "\", lineId: \"MTBS-1\", input: {amounts: [{column: \"2005-06\", amount: \"243.000\"}]},"
                + " expectedVersion: " + versionOf("MTBS-1") + ", reason: \"Revised settlement\") { id } }");
        change("mutation { reviseBudgetLine(planId: \"" + PLAN + "\", lineId: \"MTBS-2\", input: {amounts: [{column: \"2005-06\", amount: \"0.100\"}]},"
                + " expectedVersion: " + versionOf("MTBS-2") + ", reason: \"Base budget correction\") { id } }");
        runAs("admin", "mutation { issueDraft(planId: \"" + PLAN + "\", label: \"Draft 2\", documentDate: \"2004-05-12\", reason: \"For scrutiny\") { id } }", Map.of());

        Map<?, ?> draftOne = run(WHOLE_PLAN, Map.of("at", Map.of("draft", 1))).path("plan").entity(Map.class).get();
        assertThat(draftOne).isEqualTo(imported);

        GraphQlTester.Response diff = run("""
                { planDiff(planId: "harrow-bvpp-2004-05", from: {draft: 1}, to: {draft: 2}) { summary { added removed changed events }
                  groups { changes { entityId events { actor reason } } } } }""", Map.of());
        diff.path("planDiff.summary.changed").entity(Integer.class).isEqualTo(5);
        diff.path("planDiff.summary.added").entity(Integer.class).isEqualTo(0);
        diff.path("planDiff.summary.removed").entity(Integer.class).isEqualTo(0);
        assertThat(diff.path("planDiff.groups[*].changes[*].entityId").entityList(String.class).get())
                .containsExactlyInAnyOrder(firstOutcome, "ENV-D-1", target, "MTBS-1", "MTBS-2");

        GraphQlTester.Response history = run("query($e: ID!) { history(planId: \"" + PLAN + "\", entityId: $e) "
                + "{ totalCount edges { node { type reason draftInForce } } } }", Map.of("e", target));
        history.path("history.totalCount").entity(Integer.class).isEqualTo(2);
        history.path("history.edges[0].node.reason").entity(String.class).isEqualTo("Stretch agreed with GLA");
        history.path("history.edges[0].node.draftInForce").entity(Integer.class).isEqualTo(1);

        String document = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("scrutiny", "scrutiny")).build().get()
                .uri("/plans/" + PLAN + "/document.md?draft=1").retrieve().body(String.class);
        assertThat(document).contains("Environmental priorities").contains("Medium Term Budget Strategy")
                .contains("229.337").doesNotContain("Business Connections now co-lead");
    }

    @SuppressWarnings("unchecked")
    private static String firstId(String field, Map<?, ?> plan) {
        var themes = (java.util.List<Map<String, Object>>) plan.get("themes");
        var priorities = (java.util.List<Map<String, Object>>) themes.get(0).get("priorities");
        var outcomes = (java.util.List<Map<String, Object>>) priorities.get(0).get(field);
        return (String) outcomes.get(0).get("id");
    }
}
