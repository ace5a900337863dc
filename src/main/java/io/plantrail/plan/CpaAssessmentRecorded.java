package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** The Comprehensive Performance Assessment was recorded in the plan. */
@StoredEvent("CpaAssessmentRecorded")
public record CpaAssessmentRecorded(String planId, CpaDetails details) {
}
