package io.plantrail.budget;

import io.plantrail.audit.StoredEvent;

/** A budget line was removed. */
@StoredEvent("BudgetLineRemoved")
public record BudgetLineRemoved(String planId, String lineId) {
}
