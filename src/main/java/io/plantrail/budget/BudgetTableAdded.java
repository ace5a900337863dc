package io.plantrail.budget;

import io.plantrail.change.StoredEvent;

/** A budget table was added to the plan. */
@StoredEvent("BudgetTableAdded")
public record BudgetTableAdded(String planId, String tableId, BudgetTableDetails details) {
}
