package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A budget line's year through the API: Q1 and Q2 forecast and spend reported, Q2 restated;
 * variance against the line's figure for the year, as known then and now; bad reports refused
 * with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class SpendingStoryTest extends ApiTestSupport {

    private static final String RECORD = """
            mutation($p: ID!, $period: String!, $forecast: Decimal) { recordSpend(planId: $p, lineId: "MTBS-1",
              input: {period: $period, forecast: $forecast, actual: "3.6", comment: "Quarterly return"},
              reason: "Example data: finance return") { id planVersion } }""";
    private static final String Q2 = """
            query($p: ID!, $at: AsAt) { plan(id: $p, asAt: $at) { budgetTables(id: "MTBS") { lines { spending(period: "2004/05-Q2") {
              id period forecast actual budget unit variance restated lastChange { actor reason } } } } } }""";

    @Test
    @SuppressWarnings("unchecked")
    void forecastAndSpendAgainstTheYearsFigureAsReportedThenAndAsKnownNow() {
        run("""
                mutation($p: ID!) { addBudgetTable(planId: $p, key: "MTBS", input: {title: "Medium Term Budget Strategy",
                  columns: [{key: "2004-05", label: "2004-2005", unit: "£m"}]}, reason: "Table 1") { id } }""", "p", planId);
        run("""
                mutation($p: ID!) { addBudgetLine(planId: $p, tableId: "MTBS", input: {label: "Basic Inflation",
                  amounts: [{column: "2004-05", amount: "7.265"}]}, reason: "Table 1") { id } }""", "p", planId);
        run(RECORD, "p", planId, "period", "2004/05-Q1", "forecast", "7.3");
        long q2 = run(RECORD, "p", planId, "period", "2004/05-Q2", "forecast", "7.4").path("recordSpend.planVersion").entity(Long.class).get();
        run("""
                mutation($p: ID!, $v: Int!) { restateSpend(planId: $p, spendId: "MTBS-1@2004/05-Q2", input: {period: "2004/05-Q2",
                  forecast: "7.2", actual: "3.6"}, expectedVersion: $v, reason: "Example data: the pay award came in lower") { planVersion } }""",
                "p", planId, "v", q2);

        Map<String, Object> then = q2Spend(q2);
        assertThat(then).containsEntry("forecast", "7.4").containsEntry("budget", "7.265").containsEntry("unit", "£m")
                .containsEntry("variance", "0.135").containsEntry("restated", false);
        Map<String, Object> now = q2Spend(null);
        assertThat(now).containsEntry("forecast", "7.2").containsEntry("variance", "-0.065").containsEntry("restated", true)
                .containsEntry("lastChange", Map.of("actor", "officer", "reason", "Example data: the pay award came in lower"));

        expectError("CONFLICT", "already reported", RECORD, "p", planId, "period", "2004/05-Q1", "forecast", "7.3");
        expectError("VALIDATION", "budgets for no year 2005/06", RECORD, "p", planId, "period", "2005/06-Q1", "forecast", "7.3");
        expectError("VALIDATION", "is not a period", RECORD, "p", planId, "period", "Q3", "forecast", "7.3");
        expectError(GraphQlClient.as("scrutiny", port), "FORBIDDEN", "", RECORD, "p", planId, "period", "2004/05-Q3", "forecast", "7.3");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> q2Spend(Long at) {
        return (Map<String, Object>) auditor.document(Q2).variables(GraphQlClient.vars("p", planId, "at", at == null ? null : Map.of("version", at)))
                .execute().path("plan.budgetTables[0].lines[0].spending[0]").entity(Map.class).get();
    }
}
