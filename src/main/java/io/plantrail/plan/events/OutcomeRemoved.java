package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/** An outcome was removed. */
@StoredEvent("OutcomeRemoved")
public record OutcomeRemoved(String planId, String outcomeId) {
}
