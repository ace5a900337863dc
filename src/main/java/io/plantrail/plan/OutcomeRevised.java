package io.plantrail.plan;

/** An outcome was revised; the details are its new content. */
public record OutcomeRevised(String planId, String outcomeId, OutcomeDetails details) {
}
