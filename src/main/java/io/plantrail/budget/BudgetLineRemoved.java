package io.plantrail.budget;

import io.plantrail.change.StoredEvent;

/** A budget line was removed. */
@StoredEvent("BudgetLineRemoved")
public record BudgetLineRemoved(String planId, String lineId) {
}
