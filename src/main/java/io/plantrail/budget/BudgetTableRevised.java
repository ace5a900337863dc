package io.plantrail.budget;

import io.plantrail.change.StoredEvent;

/** A budget table was revised; the details are its new content. */
@StoredEvent("BudgetTableRevised")
public record BudgetTableRevised(String planId, String tableId, BudgetTableDetails details) {
}
