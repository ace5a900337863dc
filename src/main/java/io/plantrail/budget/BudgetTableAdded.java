package io.plantrail.budget;

/** A budget table was added to the plan. */
public record BudgetTableAdded(String planId, String tableId, BudgetTableDetails details) {
}
