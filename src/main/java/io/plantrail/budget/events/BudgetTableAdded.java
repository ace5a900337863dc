package io.plantrail.budget.events;

import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.change.StoredEvent;

/** A budget table was added to the plan. */
@StoredEvent("BudgetTableAdded")
public record BudgetTableAdded(String planId, String tableId, BudgetTableDetails details) {
}
