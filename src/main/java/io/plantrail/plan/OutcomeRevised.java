package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** An outcome was revised; the details are its new content. */
@StoredEvent("OutcomeRevised")
public record OutcomeRevised(String planId, String outcomeId, OutcomeDetails details) {
}
