package io.plantrail.budget;

/** A line was added to a budget table. */
public record BudgetLineAdded(String planId, String lineId, String tableId, BudgetLineDetails details) {
}
