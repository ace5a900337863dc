package io.plantrail.plan;

import io.plantrail.audit.StoredEvent;

/** A priority was added under a theme. */
@StoredEvent("PriorityAdded")
public record PriorityAdded(String planId, String priorityId, String themeId, PriorityDetails details) {
}
