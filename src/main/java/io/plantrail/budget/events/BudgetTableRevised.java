package io.plantrail.budget.events;

import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.change.StoredEvent;

/** A budget table was revised; the details are its new content. */
@StoredEvent("BudgetTableRevised")
public record BudgetTableRevised(String planId, String tableId, BudgetTableDetails details) {
}
