package io.plantrail.budget.events;

import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.change.StoredEvent;

/** A budget line was revised; the details are its new content. */
@StoredEvent("BudgetLineRevised")
public record BudgetLineRevised(String planId, String lineId, BudgetLineDetails details) {
}
