package io.plantrail.graphql;

import io.plantrail.access.OfficersAndAdminsOnly;
import io.plantrail.access.ScrutinyMembersOnly;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.InputLimits;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.ScrutinyAnswerInput;
import io.plantrail.graphql.input.ScrutinyQuestionInput;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.part.Draft;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.ScrutinyQuestion;
import io.plantrail.scrutiny.ScrutinyCommands.AnswerScrutinyQuestion;
import io.plantrail.scrutiny.ScrutinyCommands.AskScrutinyQuestion;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The scrutiny committee's questions and recommendations, and the executive's answers. A question
 * is about an item as the committee read it in an issued draft: an item that draft does not have is
 * refused (a draft never changes, so the check holds for good).
 */
@Controller
class ScrutinyMutations {

    private final Changes changes;
    private final PlanParts parts;
    private final PlanRecords plans;

    ScrutinyMutations(Changes changes, PlanParts parts, PlanRecords plans) {
        this.changes = changes;
        this.parts = parts;
        this.plans = plans;
    }

    @MutationMapping
    @ScrutinyMembersOnly
    Applied askScrutiny(@Argument String planId, @Argument ScrutinyQuestionInput input, @Arguments ChangeIntent intent) {
        AskScrutinyQuestion ask = new AskScrutinyQuestion(planId, input.toDetails());
        InputLimits.check(ask); // before the item is looked for: its id may be in the refusal
        requireInDraft(planId, input.itemId(), input.draft());
        return changes.apply(ask, intent);
    }

    @MutationMapping
    @OfficersAndAdminsOnly
    Applied answerScrutiny(@Argument String planId, @Argument String questionId, @Argument ScrutinyAnswerInput input,
                           @Arguments ChangeIntent intent) {
        return changes.apply(new AnswerScrutinyQuestion(planId, questionId, input.toAnswer(), intent.expectedVersion()), intent);
    }

    /** Left to the plan where the draft itself is not issued: it says which drafts there are. */
    private void requireInDraft(String planId, String itemId, Integer number) {
        if (plans.find(planId) == null || number == null) {
            return;
        }
        Draft draft = parts.one(planId, "DRAFT-" + number, Draft.class, plans.version(planId));
        PlanPart item = draft == null || itemId == null ? null : parts.one(planId, itemId, draft.version());
        if (draft != null && (item == null || item instanceof Draft || item instanceof ScrutinyQuestion)) {
            throw ChangeRejected.notFound("Draft " + number + " has no item '" + itemId + "' to ask about. Nothing was stored.");
        }
    }
}
