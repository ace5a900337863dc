package io.plantrail.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a new figure is printed: like the figure it replaces ("£6.3m" revised to 6.1 prints
 * "£6.1m", "14.19%" stays "14.19%"), or, in a blank cell, as its column's unit says. Never
 * rounds: a figure with more decimals than the old one keeps them all.
 */
final class PrintedForm {

    private PrintedForm() {
    }

    static String like(String previous, String unit, BigDecimal value) {
        Style style = previous != null && PrintedAmount.valueOf(previous) != null ? Style.of(previous) : Style.of(unit, value);
        return style.print(value);
    }

    private record Style(boolean pounds, String suffix, boolean commas, int decimals, boolean brackets) {

        static Style of(String printed) {
            String compact = printed.strip();
            int point = compact.indexOf('.');
            int decimals = 0;
            if (point >= 0) {
                int end = point + 1;
                while (end < compact.length() && Character.isDigit(compact.charAt(end))) {
                    end++;
                }
                decimals = end - point - 1;
            }
            String suffix = compact.endsWith("%") ? "%" : compact.replace(")", "").endsWith("m") ? "m" : "";
            return new Style(compact.contains("£"), suffix, compact.contains(","), decimals, compact.startsWith("("));
        }

        static Style of(String unit, BigDecimal value) {
            String suffix = "%".equals(unit) ? "%" : "";
            boolean commas = "£000".equals(unit) || value.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0;
            return new Style(false, suffix, commas, Math.max(value.scale(), 0), false);
        }

        String print(BigDecimal value) {
            int scale = Math.max(decimals, Math.max(value.stripTrailingZeros().scale(), 0));
            DecimalFormat format = new DecimalFormat(commas ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.UK));
            format.setMinimumFractionDigits(scale);
            format.setMaximumFractionDigits(scale);
            format.setRoundingMode(RoundingMode.UNNECESSARY);
            String digits = format.format(value.abs()) + suffix;
            String figure = (pounds ? "£" : "") + digits;
            if (value.signum() >= 0) {
                return figure;
            }
            return brackets ? "(" + figure + ")" : "-" + figure;
        }
    }
}
