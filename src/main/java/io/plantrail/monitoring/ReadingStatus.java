package io.plantrail.monitoring;

import java.math.BigDecimal;

/**
 * A reading against its year's target, by the measure's declared rules: {@code ON_TARGET} where
 * it meets the target (at or above it where higher is better, at or below where lower is);
 * {@code WITHIN_TOLERANCE} where it misses by no more than the measure's tolerance;
 * {@code OFF_TARGET} where it misses by more; {@code NO_TARGET} where the plan gives no target for
 * that year. Every reading of a year, a quarter's or the outturn, is held to the year's target.
 */
public enum ReadingStatus {
    ON_TARGET("on target", "●"),
    WITHIN_TOLERANCE("close to target", "▲"),
    OFF_TARGET("off target", "■"),
    NO_TARGET("no target to compare with", "○");

    private final String inWords;
    private final String shape;

    ReadingStatus(String inWords, String shape) {
        this.inWords = inWords;
        this.shape = shape;
    }

    public String inWords() {
        return inWords;
    }

    /** A shape for the status, so it never rests on colour alone. */
    public String shape() {
        return shape;
    }

    public static ReadingStatus of(BigDecimal value, BigDecimal target, BigDecimal tolerance, BetterWhen betterWhen) {
        if (target == null) {
            return NO_TARGET;
        }
        BigDecimal shortBy = betterWhen == BetterWhen.HIGHER ? target.subtract(value) : value.subtract(target);
        if (shortBy.signum() <= 0) {
            return ON_TARGET;
        }
        return tolerance != null && shortBy.compareTo(tolerance) <= 0 ? WITHIN_TOLERANCE : OFF_TARGET;
    }
}
