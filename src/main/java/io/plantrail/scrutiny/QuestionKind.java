package io.plantrail.scrutiny;

/** What the scrutiny committee puts to the executive about an item of a draft. */
public enum QuestionKind {
    /** It asks, and expects an answer. */
    QUESTION,
    /** It recommends a change, and expects it accepted or rejected with reasons. */
    RECOMMENDATION
}
