package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** The recorded CPA assessment was revised; the details are its new content. */
@StoredEvent("CpaAssessmentRevised")
public record CpaAssessmentRevised(String planId, CpaDetails details) {
}
