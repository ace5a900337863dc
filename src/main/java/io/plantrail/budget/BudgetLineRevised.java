package io.plantrail.budget;

/** A budget line was revised; the details are its new content. */
public record BudgetLineRevised(String planId, String lineId, BudgetLineDetails details) {
}
