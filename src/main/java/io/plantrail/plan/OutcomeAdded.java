package io.plantrail.plan;

/** An outcome was added under a priority. */
public record OutcomeAdded(String planId, String outcomeId, String priorityId, OutcomeDetails details) {
}
