package io.plantrail.budget.events;

import io.plantrail.budget.SpendDetails;
import io.plantrail.change.StoredEvent;

/** A report of a line's forecast and spend was stated again; the details are as it now stands, the reason is the change's. */
@StoredEvent("BudgetSpendRestated")
public record BudgetSpendRestated(String planId, String spendId, String lineId, SpendDetails details) {
}
