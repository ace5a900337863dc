package io.plantrail.budget;

import java.math.BigDecimal;

/**
 * What a budget line's money did in a period (a quarter, 2004/05-Q2, or the year's outturn,
 * 2004/05), in the line's unit: the year's forecast outturn as known at the period's end, the
 * actual spend to that date, and the finance officer's comment.
 */
public record SpendDetails(String period, BigDecimal forecast, BigDecimal actual, String comment) {
}
