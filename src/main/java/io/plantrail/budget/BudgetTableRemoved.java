package io.plantrail.budget;

/** A budget table was removed. */
public record BudgetTableRemoved(String planId, String tableId) {
}
