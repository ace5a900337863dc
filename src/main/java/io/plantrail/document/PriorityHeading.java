package io.plantrail.document;

/** A priority's heading as the source prints it: "Priority A: …", or the theme's "Other areas of activity". */
final class PriorityHeading {

    static final String OTHER = "OTHER";

    private PriorityHeading() {
    }

    static String of(String letter, String title) {
        String words = title == null ? "" : title;
        return OTHER.equals(letter) ? (words.isEmpty() ? "Other areas of activity" : words) : "Priority " + letter + ": " + words;
    }
}
