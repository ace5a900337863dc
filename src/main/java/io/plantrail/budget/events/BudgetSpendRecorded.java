package io.plantrail.budget.events;

import io.plantrail.budget.SpendDetails;
import io.plantrail.change.StoredEvent;

/** A budget line's forecast and spend for a period were reported for the first time. */
@StoredEvent("BudgetSpendRecorded")
public record BudgetSpendRecorded(String planId, String spendId, String lineId, SpendDetails details) {
}
