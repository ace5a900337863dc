package io.plantrail.budget.events;

import io.plantrail.change.StoredEvent;

/** A budget line was removed. */
@StoredEvent("BudgetLineRemoved")
public record BudgetLineRemoved(String planId, String lineId) {
}
