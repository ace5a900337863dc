package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A priority was added under a theme. */
@StoredEvent("PriorityAdded")
public record PriorityAdded(String planId, String priorityId, String themeId, PriorityDetails details) {
}
