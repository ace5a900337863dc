package io.plantrail.graphql.input;

import io.plantrail.scrutiny.Answer;
import io.plantrail.scrutiny.Verdict;

/** The executive's answer as sent. */
public record ScrutinyAnswerInput(Verdict verdict, String text, Integer inDraft) {

    public Answer toAnswer() {
        return new Answer(verdict, text, inDraft);
    }
}
