package io.plantrail.plan;

/** A priority was added under a theme. */
public record PriorityAdded(String planId, String priorityId, String themeId, PriorityDetails details) {
}
