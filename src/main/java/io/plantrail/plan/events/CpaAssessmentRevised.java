package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.CpaDetails;

/** The recorded CPA assessment was revised; the details are its new content. */
@StoredEvent("CpaAssessmentRevised")
public record CpaAssessmentRevised(String planId, CpaDetails details) {
}
