package io.plantrail.budget;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the value of a budget cell as printed: "9,161", "-1.75%", "£1033.89", "£6.3m", "(400)". */
public final class PrintedAmount {

    private static final Pattern FIGURE = Pattern.compile("^(\\()?-?£?(-?[0-9][0-9,]*(\\.[0-9]+)?|-?\\.[0-9]+)(m|%)?(\\))?$");

    private PrintedAmount() {
    }

    /** The value, or null when the cell is not a plain figure ("-", "Over £2m", blank). */
    public static BigDecimal valueOf(String printed) {
        if (printed == null) {
            return null;
        }
        String compact = printed.replace(" ", "").replace("£-", "-£");
        Matcher matcher = FIGURE.matcher(compact);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(matcher.group(2).replace(",", ""));
        boolean bracketed = matcher.group(1) != null && matcher.group(5) != null;
        boolean negative = compact.startsWith("-") && !matcher.group(2).startsWith("-");
        return bracketed || negative ? value.negate() : value;
    }
}
