package io.plantrail.graphql;

import io.plantrail.readmodel.LoggedChange;
import io.plantrail.readmodel.part.Draft;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.ScrutinyQuestion;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The scrutiny committee's questions and the executive's answers, as they stood at the point the plan is read at. */
@Controller
class ScrutinyQueries {

    private final PlanParts parts;

    ScrutinyQueries(PlanParts parts) {
        this.parts = parts;
    }

    @SchemaMapping(typeName = "Plan")
    List<ScrutinyQuestion> scrutiny(PlanView plan, @Argument String itemId, @Argument Boolean open) {
        return parts.all(plan.id(), ScrutinyQuestion.class, plan.version()).stream()
                .filter(question -> itemId == null || itemId.equals(question.itemId()))
                .filter(question -> open == null || open != question.answered())
                .toList();
    }

    /** The item as the committee read it: in the draft the question names. */
    @SchemaMapping
    String itemLabel(ScrutinyQuestion question) {
        Draft draft = parts.one(question.planId(), "DRAFT-" + question.draft(), Draft.class, question.asAt());
        PlanPart item = parts.one(question.planId(), question.itemId(), draft == null ? question.asAt() : draft.version());
        return item == null ? null : item.label();
    }

    @SchemaMapping
    LoggedChange asked(ScrutinyQuestion question) {
        return parts.first(question.planId(), question.id(), ScrutinyQuestion.class).lastChange();
    }
}
