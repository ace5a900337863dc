package io.plantrail.scrutiny;

/** How the executive answered the committee. */
public enum Verdict {
    /** A question, answered. */
    ANSWERED,
    /** A recommendation the executive accepts, to be done in a later draft. */
    ACCEPTED,
    /** A recommendation the executive rejects, with its reasons in the answer. */
    REJECTED,
    /** A recommendation done, in the draft the answer names. */
    DONE
}
