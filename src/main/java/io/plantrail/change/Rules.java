package io.plantrail.change;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checks on what an officer submits, phrased for the officer. */
public final class Rules {

    public static final int MAX_TITLE_LENGTH = 1_000;
    public static final int MAX_TEXT_LENGTH = TextRule.MAX_LENGTH;
    public static final int MAX_LIST_SIZE = 200;

    private Rules() {
    }

    /**
     * A required text: present, or flagged as a gap in the source (a missing heading is kept as
     * a gap, never invented).
     */
    public static void requireText(String value, String field, String label, List<Gap> gaps) {
        boolean flagged = gaps != null && gaps.stream().anyMatch(g -> g.fieldRoot().equals(field));
        if ((value == null || !hasVisibleText(value)) && !flagged) {
            throw ChangeRejected.invalid(label + " must not be empty.");
        }
        limitLength(value, label, MAX_TITLE_LENGTH);
    }

    public static void limitLength(String value, String label, int max) {
        if (value != null && value.length() > max) {
            throw ChangeRejected.invalid(label + " is " + value.length() + " characters long; the limit is " + max + ".");
        }
    }

    public static void limitSize(List<?> values, String label) {
        if (values != null && values.size() > MAX_LIST_SIZE) {
            throw ChangeRejected.invalid(label + " has " + values.size() + " items; the limit is " + MAX_LIST_SIZE + ".");
        }
    }

    /** The one text rule ({@link TextRule}), for a text already known to be within its own limit. */
    public static void requireWellFormed(String value, String label) {
        TextRule.check(value, label);
    }

    public static boolean hasVisibleText(String value) {
        return TextRule.hasVisibleText(value);
    }

    public static void requireReason(String reason) {
        if (reason == null || !hasVisibleText(reason)) {
            throw ChangeRejected.invalid("Every change needs a reason: say why it is made.");
        }
        limitLength(reason, "The reason", MAX_TEXT_LENGTH);
        requireWellFormed(reason, "The reason");
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** A copy no one can change: an event's details stay as they were stored. Null stays null (a field left out). */
    public static <T> List<T> frozen(List<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
