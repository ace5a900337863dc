package io.plantrail.budget.events;

import io.plantrail.change.StoredEvent;

/** A budget table was removed. */
@StoredEvent("BudgetTableRemoved")
public record BudgetTableRemoved(String planId, String tableId) {
}
