package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A year of readings told through the API: a measure is defined, Q1 to Q4 are reported, Q2 is
 * restated after the Q3 report. Q2 as at its report gives the original figure and the status it
 * had then; Q2 now gives the restated one with who, why and when; the log keeps both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class MonitoringStoryTest extends ApiTestSupport {

    private static final String DEFINE = """
            mutation($p: ID!) { defineMeasure(planId: $p, key: "BVPI-82A", input: {title: "Household waste recycled",
              indicator: "BVPI 82a", unit: "%", betterWhen: HIGHER, frequency: QUARTERLY, tolerance: "1.0",
              baseline: "17.3", baselinePeriod: "2003/04",
              targets: [{year: "2004/05", target: "25.2"}, {year: "2005/06"}],
              gaps: [{field: "targets.2005/06", kind: TO_BE_COMPLETED, note: "Not yet set"}]},
              reason: "Example data: a measure to try monitoring") { id planVersion } }""";
    private static final String RECORD = """
            mutation($p: ID!, $period: String!, $value: Decimal!) { recordReading(planId: $p, measureId: "M-BVPI-82A",
              input: {period: $period, value: $value, comment: "Quarterly return"}, reason: "Example data: quarterly return")
              { id planVersion } }""";
    private static final String RESTATE = """
            mutation($p: ID!, $v: Int!) { restateReading(planId: $p, readingId: "M-BVPI-82A@2004/05-Q2",
              input: {period: "2004/05-Q2", value: "25.4", comment: "Corrected: one round's tonnage was missing",
              dataQuality: "Contractor's return revised"}, expectedVersion: $v,
              reason: "Example data: the contractor corrected its Q2 return") { planVersion } }""";
    private static final String Q2_AS_AT = """
            query($p: ID!, $at: AsAt) { plan(id: $p, asAt: $at) { measures { id
              readings(period: "2004/05-Q2") { id period value comment target status statusInWords direction
                directionOnYear restated version lastChange { actor reason type } } } } }""";

    @Test
    void q2AsReportedThenAndAsKnownNow() throws Exception {
        assertThat(run(DEFINE, "p", planId).path("defineMeasure.id").entity(String.class).get()).isEqualTo("M-BVPI-82A");
        record("2004/05-Q1", "22.0");
        long q2Reported = record("2004/05-Q2", "24.6");
        String reportThatDay = report("version:" + q2Reported);
        assertThat(reportThatDay).contains("# Exceptions").contains("▲ close to target").contains("24.6%")
                .contains("plan version " + q2Reported + " (the log's chain head there: ");
        long q3Reported = record("2004/05-Q3", "25.9");
        long restated = run(RESTATE, "p", planId, "v", q2Reported).path("restateReading.planVersion").entity(Long.class).get();
        long q4Reported = record("2004/05-Q4", "26.1");

        Map<String, Object> then = q2(q2Reported);
        assertThat(then).containsEntry("value", "24.6").containsEntry("status", "WITHIN_TOLERANCE")
                .containsEntry("statusInWords", "▲ close to target").containsEntry("target", "25.2")
                .containsEntry("direction", "IMPROVED").containsEntry("directionOnYear", "NO_EARLIER_READING")
                .containsEntry("restated", false);

        Map<String, Object> now = q2(null);
        assertThat(now).containsEntry("value", "25.4").containsEntry("status", "ON_TARGET").containsEntry("restated", true)
                .containsEntry("comment", "Corrected: one round's tonnage was missing");
        assertThat(now.get("lastChange")).isEqualTo(Map.of("actor", "officer", "type", "ReadingRestated",
                "reason", "Example data: the contractor corrected its Q2 return"));

        assertThat(report("version:" + q2Reported)).as("the report as at Q2's report, made again later").isEqualTo(reportThatDay);
        assertThat(report("version:" + q4Reported + "&since=version:" + q3Reported))
                .as("the Q4 report marks what was restated since the Q3 report").contains("# Restated since the last report")
                .contains("2004/05-Q2: now 25.4, restated by officer");
        assertThat(report("version:" + q4Reported + "&since=version:" + restated))
                .contains("No reading was restated since the last report, the plan at version " + restated + ".");
        assertThat(report("now")).contains("26.1%").contains("## Restated readings").contains("2004/05-Q2: now 25.4, restated by officer").contains("No measure is off target or close to it.");

        List<Map<String, Object>> versions = auditor.document("""
                query($p: ID!) { history(planId: $p, entityId: "M-BVPI-82A@2004/05-Q2") { totalCount
                  edges { node { planVersion type actor reason } } } }""").variables(GraphQlClient.vars("p", planId))
                .execute().path("history.edges[*].node").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        assertThat(versions).extracting(version -> version.get("type")).containsExactly("ReadingRestated", "ReadingRecorded");
    }

    @Test
    void badReadingsAreRefusedWithACodeAndStoreNothing() {
        run(DEFINE, "p", planId);
        long before = version();
        assertRefused(RECORD, "VALIDATION", "p", planId, "period", "2009/10-Q1", "value", "20");
        assertRefused(RECORD, "VALIDATION", "p", planId, "period", "Q2 2004", "value", "20");
        assertRefused(RECORD, "VALIDATION", "p", planId, "period", "2004/05-Q1", "value", "twenty");
        assertRefused("""
                mutation($p: ID!) { recordReading(planId: $p, measureId: "M-NONE", input: {period: "2004/05-Q1", value: "1"},
                  reason: "Example data") { id } }""", "NOT_FOUND", "p", planId);
        record("2004/05-Q1", "22.0");
        assertRefused(RECORD, "CONFLICT", "p", planId, "period", "2004/05-Q1", "value", "23.0");
        assertRefused("""
                mutation($p: ID!, $v: Int!) { restateReading(planId: $p, readingId: "M-BVPI-82A@2004/05-Q1",
                  input: {period: "2004/05-Q1", value: "23.0"}, expectedVersion: $v, reason: " ") { planVersion } }""",
                "VALIDATION", "p", planId, "v", before + 1);
        assertThat(version()).as("only the one good reading stored").isEqualTo(before + 1);
    }

    private String report(String at) throws Exception {
        return download("/plans/" + planId + "/monitoring-report.md?at=" + at);
    }

    private long record(String period, String value) {
        return run(RECORD, "p", planId, "period", period, "value", value).path("recordReading.planVersion")
                .entity(Long.class).get();
    }

    private long version() {
        return run(PLAN_VERSION, "p", planId).path("plan.version").entity(Long.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> q2(Long asAt) {
        GraphQlTester.Response response = run(auditor, Q2_AS_AT, "p", planId, "at", asAt == null ? null : Map.of("version", asAt));
        List<Map<String, Object>> readings = response.path("plan.measures[0].readings").entity(List.class).get();
        assertThat(readings).hasSize(1);
        return readings.get(0);
    }

    private void assertRefused(String document, String code, Object... variables) {
        graphQl.document(document).variables(GraphQlClient.vars(variables)).execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", code)));
    }
}
