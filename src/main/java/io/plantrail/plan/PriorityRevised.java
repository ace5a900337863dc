package io.plantrail.plan;

/** A priority was revised; the details are its new content. */
public record PriorityRevised(String planId, String priorityId, PriorityDetails details) {
}
