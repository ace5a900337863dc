package io.plantrail.plan;

/** A priority was removed. */
public record PriorityRemoved(String planId, String priorityId) {
}
