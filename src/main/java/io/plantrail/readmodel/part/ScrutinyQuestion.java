package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;
import io.plantrail.scrutiny.Answer;
import io.plantrail.scrutiny.QuestionKind;

/**
 * A question or recommendation of the scrutiny committee on an item of a draft, with the
 * executive's answer as it stood at the plan version asked about. Its parent is the item.
 */
public record ScrutinyQuestion(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                               QuestionKind kind, String itemId, Integer draft, String text, Answer answer) implements PlanPart {

    @Override
    public String label() {
        return id;
    }

    public boolean answered() {
        return answer != null;
    }
}
