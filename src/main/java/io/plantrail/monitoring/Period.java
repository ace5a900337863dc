package io.plantrail.monitoring;

import io.plantrail.change.ChangeRejected;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reading is for: a quarter of a council year ({@code 2004/05-Q2}, July to September 2004)
 * or a whole year's outturn ({@code 2004/05}). The council year runs from 1 April.
 */
public record Period(int startYear, Integer quarter) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{2})(?:-Q([1-4]))?");

    public static Period parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw ChangeRejected.invalid("'" + text + "' is not a period: give a council year (2004/05) or a quarter "
                    + "of one (2004/05-Q2).");
        }
        int start = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
            throw ChangeRejected.invalid("'" + text + "' is not a council year: the second year follows the first "
                    + "(2004/05).");
        }
        return new Period(start, matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3)));
    }

    /** The council year it falls in: {@code 2004/05}. */
    public String year() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The id of a measure's reading for this period: {@code M-BVPI-62@2004/05-Q2}. */
    public String readingOf(String measureId) {
        return measureId + "@" + this;
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    /** The period reported before this one: the quarter before, or the year before. */
    public Period previous() {
        if (quarter == null) {
            return new Period(startYear - 1, null);
        }
        return quarter == 1 ? new Period(startYear - 1, 4) : new Period(startYear, quarter - 1);
    }

    /** The same period a year before. */
    public Period yearBefore() {
        return new Period(startYear - 1, quarter);
    }

    /** Year by year; within a year its quarters, then the year's outturn. */
    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(startYear, other.startYear);
        return byYear != 0 ? byYear : Integer.compare(quarter == null ? 5 : quarter, other.quarter == null ? 5 : other.quarter);
    }

    @Override
    public String toString() {
        return quarter == null ? year() : year() + "-Q" + quarter;
    }
}
