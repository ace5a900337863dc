package io.plantrail.document;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A target's figure as a reader should see it. The source's printed words ("over 95%") are kept
 * while they still state the figure; once an officer has revised the figure, the printed words are
 * out of date and the figure is shown, with what the source printed beside it.
 */
final class TargetFigure {

    private TargetFigure() {
    }

    static String shown(BigDecimal figure, String printed, String unit) {
        if (figure == null) {
            return printed;
        }
        String withUnit = withUnit(figure.toString(), unit);
        if (printed == null) {
            return withUnit;
        }
        return states(printed, figure.toString()) ? printed
                : withUnit + " (revised; the source printed “" + printed + "”)";
    }

    /** A figure with its unit as a reader writes it: 25.2%, 250 applications. */
    static String withUnit(String figure, String unit) {
        return figure + (unit == null ? "" : "%".equals(unit) ? "%" : " " + unit);
    }

    /** Whether the printed words hold the figure as a whole number: "16%" states 16, not 1. */
    private static boolean states(String printed, String figure) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(figure) + "(?![\\d]|\\.\\d)").matcher(printed).find();
    }
}
