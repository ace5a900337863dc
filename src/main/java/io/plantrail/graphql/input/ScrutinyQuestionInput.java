package io.plantrail.graphql.input;

import io.plantrail.scrutiny.QuestionDetails;
import io.plantrail.scrutiny.QuestionKind;

/** A question or recommendation as the committee sends it: which, about what, as read in which draft. */
public record ScrutinyQuestionInput(QuestionKind kind, String itemId, Integer draft, String text) {

    public QuestionDetails toDetails() {
        return new QuestionDetails(kind, itemId, draft, text, null);
    }
}
