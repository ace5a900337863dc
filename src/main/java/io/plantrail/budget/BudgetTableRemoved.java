package io.plantrail.budget;

import io.plantrail.audit.StoredEvent;

/** A budget table was removed. */
@StoredEvent("BudgetTableRemoved")
public record BudgetTableRemoved(String planId, String tableId) {
}
