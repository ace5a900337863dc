package io.plantrail.change;

/** The kinds of hole a draft plan can have, as the source document marks them. */
public enum GapKind {
    BLANK("left blank in the source"),
    TO_BE_COMPLETED("to be completed in the source"),
    TO_BE_INSERTED("to be inserted; the source leaves room for it"),
    TO_BE_CONFIRMED("to be confirmed; the source marks it unconfirmed"),
    TO_BE_UPDATED("to be updated; the source marks it out of date"),
    NOT_AVAILABLE("not available when the source was written"),
    PLACEHOLDER("a placeholder in the source (such as XXX), not a real figure"),
    MISSING_HEADING("the source has no heading here"),
    MISSING_TABLE("the source refers to a table it does not print"),
    /** The source queries its own wording ("was?", "[academies?]"): the text stands as printed, unconfirmed. */
    EDITORIAL_QUERY("the source queries its own wording here; it stands as printed");

    private final String inPlainWords;

    GapKind(String inPlainWords) {
        this.inPlainWords = inPlainWords;
    }

    /** What a reader who has never seen the code words should be told. */
    public String inPlainWords() {
        return inPlainWords;
    }

    /** The plain words for a kind as stored; a kind this build does not know is named as it is. */
    public static String inPlainWords(String storedKind) {
        for (GapKind kind : values()) {
            if (kind.name().equals(storedKind)) {
                return kind.inPlainWords;
            }
        }
        return "marked in the source (" + storedKind + ")";
    }
}
