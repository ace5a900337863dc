package io.plantrail.scrutiny.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.scrutiny.QuestionDetails;

/** The executive answered a question or recommendation; the details are the question with its answer as it now stands. */
@StoredEvent("ScrutinyQuestionAnswered")
public record ScrutinyQuestionAnswered(String planId, String questionId, QuestionDetails details) {
}
