package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.OutcomeDetails;

/** An outcome was revised; the details are its new content. */
@StoredEvent("OutcomeRevised")
public record OutcomeRevised(String planId, String outcomeId, OutcomeDetails details) {
}
