package io.plantrail.budget;

import io.plantrail.change.StoredEvent;

/** A budget line was revised; the details are its new content. */
@StoredEvent("BudgetLineRevised")
public record BudgetLineRevised(String planId, String lineId, BudgetLineDetails details) {
}
