package io.plantrail.change;

/** The kinds of hole a draft plan can have, as the source document marks them. */
public enum GapKind {
    BLANK,
    TO_BE_COMPLETED,
    TO_BE_INSERTED,
    TO_BE_CONFIRMED,
    TO_BE_UPDATED,
    NOT_AVAILABLE,
    PLACEHOLDER,
    MISSING_HEADING,
    MISSING_TABLE,
    /** The source queries its own wording ("was?", "[academies?]"): the text stands as printed, unconfirmed. */
    EDITORIAL_QUERY
}
