package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The committee's question told through the API: a recommendation on an outcome as read in Draft
 * 2, answered by an officer, with each step a change in the log; the question as at any point
 * shows the answer then. Who may ask and who may answer, and what a question may be about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class ScrutinyStoryTest extends ApiTestSupport {

    private static final String ASK = """
            mutation($p: ID!, $item: ID!, $draft: Int!) { askScrutiny(planId: $p, input: {kind: RECOMMENDATION, itemId: $item,
              draft: $draft, text: "Say which shopping centres come first"}, reason: "Agreed at the committee of 20 May 2004")
              { id planVersion } }""";
    private static final String ANSWER = """
            mutation($p: ID!, $v: Int!) { answerScrutiny(planId: $p, questionId: "Q-1", input: {verdict: ACCEPTED,
              text: "Draft 3 lists them in order"}, expectedVersion: $v, reason: "Cabinet's response of 3 June") { planVersion } }""";
    private static final String QUESTIONS = """
            query($p: ID!, $at: AsAt, $open: Boolean) { plan(id: $p, asAt: $at) { scrutiny(open: $open) { id kind itemId itemLabel
              draft text asked { actor reason } answer { verdict text inDraft } version lastChange { actor } } } }""";

    @Test
    @SuppressWarnings("unchecked")
    void aRecommendationOnAnOutcomeOfDraftTwoIsAnsweredAndEachStepIsInTheLog() throws Exception {
        HttpGraphQlTester scrutiny = GraphQlClient.as("scrutiny", port);
        String outcome = addOutcome("Upgrading the shopping centres", "UL");
        issueDraftOne();
        reviseTitle(outcome, "Upgrading the landscaping of the shopping centres", "Wording agreed");
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 2", documentDate: "2004-05-12", reason: "For scrutiny") { planVersion } }""",
                "p", planId);

        long asked = run(scrutiny, ASK, "p", planId, "item", outcome, "draft", 2).path("askScrutiny.planVersion").entity(Long.class).get();
        Map<String, Object> open = questions(null, true).get(0);
        assertThat(open).containsEntry("id", "Q-1").containsEntry("kind", "RECOMMENDATION").containsEntry("itemId", outcome)
                .containsEntry("itemLabel", "Upgrading the landscaping of the shopping centres").containsEntry("draft", 2)
                .containsEntry("answer", null).containsEntry("asked", Map.of("actor", "scrutiny",
                        "reason", "Agreed at the committee of 20 May 2004"));

        long answered = run(ANSWER, "p", planId, "v", asked).path("answerScrutiny.planVersion").entity(Long.class).get();
        expectError("CONFLICT", "was changed by officer", ANSWER, "p", planId, "v", asked);
        assertThat(questions(null, true)).as("nothing left open").isEmpty();
        Map<String, Object> now = questions(null, null).get(0);
        assertThat((Map<String, Object>) now.get("answer")).containsEntry("verdict", "ACCEPTED").containsEntry("text", "Draft 3 lists them in order")
                .containsEntry("inDraft", null);
        assertThat(now).containsEntry("version", (int) answered).containsEntry("asked", Map.of("actor", "scrutiny",
                "reason", "Agreed at the committee of 20 May 2004")).containsEntry("lastChange", Map.of("actor", "officer"));
        assertThat(questions(asked, null).get(0)).as("as it stood before the answer").containsEntry("answer", null);

        assertThat(comparison("from=draft:1&to=now")).as("beside the item, as known at the later point")
                .contains("Scrutiny's recommendation Q-1 on Draft 2: “Say which shopping centres come first” "
                        + "Answer (officer): accepted, “Draft 3 lists them in order”.");
        assertThat(comparison("from=draft:1&to=version:" + asked)).contains("Q-1 on Draft 2").contains("Not answered at this point.");
        assertThat(comparison("from=draft:1&to=draft:2")).as("asked after Draft 2 was issued").doesNotContain("Q-1");
    }

    private String comparison(String points) throws Exception {
        return download("/plans/" + planId + "/comparison.md?" + points);
    }

    @Test
    void theCommitteeAsksTheExecutiveAnswersAndAQuestionIsAboutAnItemOfAnIssuedDraft() {
        HttpGraphQlTester scrutiny = GraphQlClient.as("scrutiny", port);
        String outcome = addOutcome("Graffiti", "UL");
        issueDraftOne();
        String later = addOutcome("Added after Draft 1", "UL");

        expectError("FORBIDDEN", "", ASK, "p", planId, "item", outcome, "draft", 1);
        expectError(scrutiny, "NOT_FOUND", "Draft 1 has no item '" + later + "'", ASK, "p", planId, "item", later, "draft", 1);
        expectError(scrutiny, "NOT_FOUND", "Draft 1 has no item 'DRAFT-1'", ASK, "p", planId, "item", "DRAFT-1", "draft", 1);
        expectError(scrutiny, "VALIDATION", "That names Draft 2; the plan has only Draft 1", ASK, "p", planId, "item", outcome, "draft", 2);
        run(scrutiny, ASK, "p", planId, "item", outcome, "draft", 1);
        expectError(scrutiny, "FORBIDDEN", "", ANSWER, "p", planId, "v", planVersion());
        expectError(admin, "VALIDATION", "A recommendation is ACCEPTED, REJECTED", """
                mutation($p: ID!, $v: Int!) { answerScrutiny(planId: $p, questionId: "Q-1", input: {verdict: ANSWERED,
                  text: "Noted"}, expectedVersion: $v, reason: "Reply") { planVersion } }""", "p", planId, "v", planVersion());
    }

    private List<Map<String, Object>> questions(Long at, Boolean open) {
        return auditor.document(QUESTIONS).variables(GraphQlClient.vars("p", planId, "at", at == null ? null : Map.of("version", at),
                        "open", open)).execute()
                .path("plan.scrutiny").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }
}
