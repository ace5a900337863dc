package io.plantrail.plan;

import static io.plantrail.plan.Refusals.refusedAs;

import io.plantrail.change.ChangeResult;
import io.plantrail.change.RejectionCode;
import io.plantrail.plan.events.DraftIssued;
import io.plantrail.plan.events.PlanStarted;
import io.plantrail.scrutiny.Answer;
import io.plantrail.scrutiny.QuestionDetails;
import io.plantrail.scrutiny.QuestionKind;
import io.plantrail.scrutiny.ScrutinyCommands.AnswerScrutinyQuestion;
import io.plantrail.scrutiny.ScrutinyCommands.AskScrutinyQuestion;
import io.plantrail.scrutiny.Verdict;
import io.plantrail.scrutiny.events.ScrutinyQuestionAnswered;
import io.plantrail.scrutiny.events.ScrutinyQuestionAsked;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scrutiny committee asks about an item of an issued draft; the executive answers, and a later answer replaces it in the log. */
class ScrutinyFixtureTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final QuestionDetails STRETCH = new QuestionDetails(QuestionKind.RECOMMENDATION, "MTBS-1", 2,
            "Show what the extra £0.309m buys before the budget is agreed", null);
    private static final Answer ACCEPTED = new Answer(Verdict.ACCEPTED, "A note on growth bids goes into Draft 3", null);

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerCommandTargetResolver(CommandRoutingConfiguration::target);
    }

    private static Object[] twoDraftsIssued() {
        return new Object[] {
            new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"),
            new DraftIssued(PLAN, 1, "Draft 1", LocalDate.of(2004, 4, 7), 2),
            new DraftIssued(PLAN, 2, "Draft 2", LocalDate.of(2004, 5, 12), 3)
        };
    }

    @Test
    void aRecommendationOnAnItemOfAnIssuedDraftIsNumberedInTheOrderAsked() {
        fixture.given(twoDraftsIssued())
                .when(new AskScrutinyQuestion(PLAN, STRETCH))
                .expectEvents(new ScrutinyQuestionAsked(PLAN, "Q-1", STRETCH))
                .expectResultMessagePayload(new ChangeResult(4, "Q-1"));
    }

    @Test
    void aQuestionOnADraftNotYetIssuedIsRefused() {
        fixture.given(twoDraftsIssued())
                .when(new AskScrutinyQuestion(PLAN, new QuestionDetails(QuestionKind.QUESTION, "MTBS-1", 3, "Why?", null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION))
                .expectExceptionMessage("That names Draft 3; the plan has Drafts 1 to 2. Nothing was stored.");
    }

    @Test
    void aQuestionNeedsItsWordsAndCannotComeWithItsOwnAnswer() {
        fixture.given(twoDraftsIssued())
                .when(new AskScrutinyQuestion(PLAN, new QuestionDetails(QuestionKind.QUESTION, "MTBS-1", 2, " ", null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
        fixture.given(twoDraftsIssued())
                .when(new AskScrutinyQuestion(PLAN, new QuestionDetails(QuestionKind.QUESTION, "MTBS-1", 2, "Why?", ACCEPTED)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void theExecutiveAcceptsThenReportsItDoneInALaterDraft() {
        Answer done = new Answer(Verdict.DONE, "The note is on page 12", 2);
        fixture.given(twoDraftsIssued())
                .andGiven(new ScrutinyQuestionAsked(PLAN, "Q-1", STRETCH),
                        new ScrutinyQuestionAnswered(PLAN, "Q-1", new QuestionDetails(STRETCH.kind(), STRETCH.itemId(),
                                STRETCH.draft(), STRETCH.text(), ACCEPTED)))
                .when(new AnswerScrutinyQuestion(PLAN, "Q-1", done, 5L))
                .expectEvents(new ScrutinyQuestionAnswered(PLAN, "Q-1", new QuestionDetails(STRETCH.kind(), STRETCH.itemId(),
                        STRETCH.draft(), STRETCH.text(), done)));
    }

    @Test
    void anAnswerMustFitWhatWasAskedAndNameAnIssuedDraft() {
        fixture.given(twoDraftsIssued()).andGiven(new ScrutinyQuestionAsked(PLAN, "Q-1", STRETCH))
                .when(new AnswerScrutinyQuestion(PLAN, "Q-1", new Answer(Verdict.ANSWERED, "Noted", null), 4L))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION))
                .expectExceptionMessage("A recommendation is ACCEPTED, REJECTED (with the reasons) or DONE in a draft, not just answered.");
        fixture.given(twoDraftsIssued()).andGiven(new ScrutinyQuestionAsked(PLAN, "Q-1", STRETCH))
                .when(new AnswerScrutinyQuestion(PLAN, "Q-1", new Answer(Verdict.DONE, "Done", 7), 4L))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
        fixture.given(twoDraftsIssued())
                .when(new AnswerScrutinyQuestion(PLAN, "Q-9", ACCEPTED, 3L))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
    }
}
