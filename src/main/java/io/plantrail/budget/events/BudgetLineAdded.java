package io.plantrail.budget.events;

import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.change.StoredEvent;

/** A line was added to a budget table. */
@StoredEvent("BudgetLineAdded")
public record BudgetLineAdded(String planId, String lineId, String tableId, BudgetLineDetails details) {
}
