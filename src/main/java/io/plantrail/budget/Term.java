package io.plantrail.budget;

import java.math.BigDecimal;

/**
 * One cell taking part in a budget check: a figure, or why it cannot take part (blank, not a
 * plain figure, no such line). A printed "-" is nil.
 */
record Term(String name, BigDecimal value, String unit, String problem, boolean blank) {

    static Term figure(String name, BigDecimal value, String unit) {
        return new Term(name, value, unit, null, false);
    }

    static Term blank(String name, String unit) {
        return new Term(name, null, unit, name + " is blank", true);
    }

    static Term unreadable(String name, String printed, String unit) {
        if ("-".equals(printed.strip())) {
            return figure(name, BigDecimal.ZERO, unit);
        }
        return new Term(name, null, unit, name + " is printed '" + printed + "', not a figure", false);
    }

    static Term missing(String name, String why) {
        return new Term(name, null, null, why, false);
    }

    boolean known() {
        return value != null;
    }

    /** Half a unit of the last printed decimal: how far the printed figure may be from the true one. */
    BigDecimal roundingError() {
        return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
    }
}
