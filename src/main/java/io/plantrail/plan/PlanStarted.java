package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A plan was opened for a council and period. */
@StoredEvent("PlanStarted")
public record PlanStarted(String planId, String title, String council) {
}
