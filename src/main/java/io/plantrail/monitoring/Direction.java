package io.plantrail.monitoring;

import java.math.BigDecimal;

/** Direction of travel: a reading against an earlier one of the same measure, the better way being the measure's. */
public enum Direction {
    IMPROVED,
    UNCHANGED,
    WORSENED,
    NO_EARLIER_READING;

    public static Direction of(BigDecimal now, BigDecimal before, BetterWhen betterWhen) {
        if (before == null) {
            return NO_EARLIER_READING;
        }
        int change = now.compareTo(before) * (betterWhen == BetterWhen.HIGHER ? 1 : -1);
        return change > 0 ? IMPROVED : change < 0 ? WORSENED : UNCHANGED;
    }
}
