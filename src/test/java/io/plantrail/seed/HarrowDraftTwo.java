package io.plantrail.seed;

import io.plantrail.graphql.GraphQlClient;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The changes officers make to the imported Harrow plan before Draft 2: two outcomes, a target
 * and two budget lines, each with its reason; then an administrator issues Draft 2 dated 12/05/2004.
 */
public final class HarrowDraftTwo {

    public static final String PLAN = "harrow-bvpp-2004-05";

    /** The ids of the parts changed, in the order they were changed. */
    public record Changed(String firstOutcome, String travelOutcome, String target, List<String> budgetLines) {
    }

    private HarrowDraftTwo() {
    }

    public static Changed prepare(int port, String firstOutcome) {
        String target = run(port, "officer", "{ plan(id: \"" + PLAN + "\") { outcomes { targets { id } } } }", Map.of())
                .path("plan.outcomes[*].targets[*].id").entityList(String.class).get().get(0);
        change(port, "mutation { reviseOutcome(planId: \"" + PLAN + "\", outcomeId: \"" + firstOutcome
                + "\", input: {leadDirectorate: \"UL / BC\"}, expectedVersion: " + versionOf(port, firstOutcome)
                + ", reason: \"Business Connections now co-lead\") { id } }");
        change(port, "mutation { reviseOutcome(planId: \"" + PLAN + "\", outcomeId: \"ENV-D-1\", input: {achievements: "
                + "\"Travel plans agreed with 12 employers\"}, expectedVersion: " + versionOf(port, "ENV-D-1")
                + ", reason: \"Completed for Draft 2\") { id } }");
        change(port, "mutation { reviseTarget(planId: \"" + PLAN + "\", targetId: \"" + target + "\", input: {target: \"30\"},"
                + " expectedVersion: " + versionOf(port, target) + ", reason: \"Stretch agreed with GLA\") { id } }");
        change(port, "mutation { reviseBudgetLine(planId: \"" + PLAN + "\", lineId: \"MTBS-1\", input: {amounts: [{column: "
                + "\"2005-06\", amount: \"243.000\"}]}, expectedVersion: " + versionOf(port, "MTBS-1")
                + ", reason: \"Revised settlement\") { id } }");
        change(port, "mutation { reviseBudgetLine(planId: \"" + PLAN + "\", lineId: \"MTBS-2\", input: {amounts: [{column: "
                + "\"2005-06\", amount: \"0.100\"}]}, expectedVersion: " + versionOf(port, "MTBS-2")
                + ", reason: \"Base budget correction\") { id } }");
        run(port, "admin", "mutation { issueDraft(planId: \"" + PLAN + "\", label: \"Draft 2\", documentDate: \"2004-05-12\", "
                + "reason: \"For scrutiny\") { id } }", Map.of());
        return new Changed(firstOutcome, "ENV-D-1", target, List.of("MTBS-1", "MTBS-2"));
    }

    public static GraphQlTester.Response run(int port, String user, String document, Map<String, Object> variables) {
        GraphQlTester.Response response = GraphQlClient.as(user, port).document(document).variables(variables).execute();
        response.errors().verify();
        return response;
    }

    private static void change(int port, String mutation) {
        run(port, "officer", mutation, Map.of());
    }

    public static long versionOf(int port, String entityId) {
        return run(port, "officer", "query($e: ID!) { history(planId: \"" + PLAN + "\", entityId: $e, first: 1) "
                + "{ edges { node { planVersion } } } }", Map.of("e", entityId))
                .path("history.edges[0].node.planVersion").entity(Long.class).get();
    }
}
