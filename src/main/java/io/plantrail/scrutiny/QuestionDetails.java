package io.plantrail.scrutiny;

/**
 * A question or recommendation of the scrutiny committee on one item (an outcome, a target, a
 * budget line …) as the committee read it in a numbered draft, and the executive's answer, null
 * until given.
 */
public record QuestionDetails(QuestionKind kind, String itemId, Integer draft, String text, Answer answer) {

    QuestionDetails answered(Answer newAnswer) {
        return new QuestionDetails(kind, itemId, draft, text, newAnswer);
    }
}
