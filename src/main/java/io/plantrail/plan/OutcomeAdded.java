package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** An outcome was added under a priority. */
@StoredEvent("OutcomeAdded")
public record OutcomeAdded(String planId, String outcomeId, String priorityId, OutcomeDetails details) {
}
