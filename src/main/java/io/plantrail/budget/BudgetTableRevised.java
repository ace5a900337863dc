package io.plantrail.budget;

/** A budget table was revised; the details are its new content. */
public record BudgetTableRevised(String planId, String tableId, BudgetTableDetails details) {
}
