package io.plantrail.plan;

/** An outcome was removed. */
public record OutcomeRemoved(String planId, String outcomeId) {
}
