package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.OutcomeDetails;

/** An outcome was added under a priority. */
@StoredEvent("OutcomeAdded")
public record OutcomeAdded(String planId, String outcomeId, String priorityId, OutcomeDetails details) {
}
