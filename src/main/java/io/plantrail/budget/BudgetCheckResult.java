package io.plantrail.budget;

import java.math.BigDecimal;

/**
 * One check of a budget table's arithmetic as at a plan version: {@code AGREES} (the arithmetic,
 * rounded as the stated figure is printed, gives it), {@code DIFFERS_WITHIN_ROUNDING} (a difference
 * in the printed digits that rounding could explain), {@code DIFFERS} (expected, stated and the difference), or
 * {@code CANNOT_CHECK} (a blank, a placeholder or a missing line; {@code difference} is then what
 * the blank cells would have to hold between them, where that can be said).
 */
public record BudgetCheckResult(String tableId, String description, String status, String where, BigDecimal expected,
                                BigDecimal stated, BigDecimal difference, String unit, String explanation) {

    static final String AGREES = "AGREES";
    static final String DIFFERS_WITHIN_ROUNDING = "DIFFERS_WITHIN_ROUNDING";
    static final String DIFFERS = "DIFFERS";
    static final String CANNOT_CHECK = "CANNOT_CHECK";
}
