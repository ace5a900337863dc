package io.plantrail.plan;

/** The Comprehensive Performance Assessment was recorded in the plan. */
public record CpaAssessmentRecorded(String planId, CpaDetails details) {
}
