package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.CpaDetails;

/** The Comprehensive Performance Assessment was recorded in the plan. */
@StoredEvent("CpaAssessmentRecorded")
public record CpaAssessmentRecorded(String planId, CpaDetails details) {
}
