package io.plantrail.scrutiny.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.scrutiny.QuestionDetails;

/** The scrutiny committee put a question or recommendation on an item of a draft. */
@StoredEvent("ScrutinyQuestionAsked")
public record ScrutinyQuestionAsked(String planId, String questionId, QuestionDetails details) {
}
