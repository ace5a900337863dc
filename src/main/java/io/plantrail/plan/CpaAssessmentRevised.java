package io.plantrail.plan;

/** The recorded CPA assessment was revised; the details are its new content. */
public record CpaAssessmentRevised(String planId, CpaDetails details) {
}
