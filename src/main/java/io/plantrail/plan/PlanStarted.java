package io.plantrail.plan;

/** A plan was opened for a council and period. */
public record PlanStarted(String planId, String title, String council) {
}
