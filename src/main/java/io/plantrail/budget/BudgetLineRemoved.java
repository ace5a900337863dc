package io.plantrail.budget;

/** A budget line was removed. */
public record BudgetLineRemoved(String planId, String lineId) {
}
