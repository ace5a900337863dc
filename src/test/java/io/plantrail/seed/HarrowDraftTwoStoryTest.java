package io.plantrail.seed;

import static org.assertj.core.api.Assertions.assertThat;

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
        return HarrowDraftTwo.run(port, "officer", document, variables);
    }

    @Test
    void draftOneStaysExactlyAsImportedWhileDraftTwoIsPrepared() {
        Map<?, ?> imported = run(WHOLE_PLAN, Map.of()).path("plan").entity(Map.class).get();
        String firstOutcome = firstId("outcomes", imported);
        HarrowDraftTwo.Changed changed = HarrowDraftTwo.prepare(port, firstOutcome);
        String target = changed.target();

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
        assertDraftTwoDocumentShowsTheRevisedTarget();
        assertComparisonShowsEveryChange(changed);
    }

    private String read(String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("scrutiny", "scrutiny")).build().get().uri(path).retrieve().body(String.class);
    }

    private void assertDraftTwoDocumentShowsTheRevisedTarget() {
        String draftTwo = read("/plans/" + PLAN + "/document.md?draft=2");
        assertThat(draftTwo).startsWith("# Harrow Council: Best Value Performance Plan 2004/05\n\n**Draft 2, dated 12/05/2004 (plan version")
                .contains("Target: Percentage of recyclables collected; baseline 14.5% in February 2004; "
                        + "target 30% (revised; the source printed “25.2%”) by 2004/05 and later")
                .contains("| UL / BC |")
                .doesNotContain("[BLANK in").doesNotContain("ENV-A-1 ");
        assertThat(read("/plans/" + PLAN + "/document.md?draft=1")).contains("target 25.2% by 2004/05 and later");
    }

    /** Issue 15: the comparison document shows every change the story made, budget figures with their difference. */
    private void assertComparisonShowsEveryChange(HarrowDraftTwo.Changed changed) {
        String comparison = read("/plans/" + PLAN + "/comparison.md?from=draft:1&to=draft:2");
        assertThat(comparison)
                .contains("**From Draft 1, dated 07/04/2004 (plan version 338) to Draft 2, dated 12/05/2004 (plan version 344)**")
                .contains("5 parts changed, 0 added and 0 removed.")
                .contains("- **Lead directorate:** UL **/ BC**")
                .contains("- **What we did in 2003/04:** **Travel plans agreed with 12 employers**")
                .contains("- **Target figure:** ~~25.2~~ **30** (difference +4.8 %)")
                .contains("- **Figure for 2005-06:** ~~242.691~~ **243.000** (difference +0.309 £m)")
                .contains("- **Figure for 2005-06:** ~~0.055~~ **0.100** (difference +0.045 £m)")
                .contains("“Business Connections now co-lead”").contains("“Completed for Draft 2”")
                .contains("“Stretch agreed with GLA”").contains("“Revised settlement”").contains("“Base budget correction”")
                .contains("## Budget: Medium Term Budget Strategy");
        assertThat(comparison.split("\n### Changed: ", -1)).hasSize(6);
        String html = read("/plans/" + PLAN + "/comparison?from=draft:1&to=draft:2");
        assertThat(html).contains("<del>242.691</del> <ins>243.000</ins> <strong>(difference +0.309 &pound;m)</strong>")
                .contains("title=\"" + changed.target() + "\"").contains("@media print");
    }

    @SuppressWarnings("unchecked")
    private static String firstId(String field, Map<?, ?> plan) {
        var themes = (java.util.List<Map<String, Object>>) plan.get("themes");
        var priorities = (java.util.List<Map<String, Object>>) themes.get(0).get("priorities");
        var outcomes = (java.util.List<Map<String, Object>>) priorities.get(0).get(field);
        return (String) outcomes.get(0).get("id");
    }
}
