package io.plantrail.history;

import java.math.BigDecimal;

/**
 * One check of a budget table's arithmetic as at a plan version: {@code AGREES} (within the
 * rounding of the printed figures), {@code DIFFERS} (expected, stated and the difference), or
 * {@code CANNOT_CHECK} (a blank, a placeholder or a missing line; {@code difference} is then what
 * the blank cells would have to hold between them, where that can be said).
 */
public record BudgetCheckResult(String tableId, String description, String status, String where, BigDecimal expected,
                                BigDecimal stated, BigDecimal difference, String unit, String explanation) {

    static final String AGREES = "AGREES";
    static final String DIFFERS = "DIFFERS";
    static final String CANNOT_CHECK = "CANNOT_CHECK";
}
