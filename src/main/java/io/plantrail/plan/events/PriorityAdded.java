package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.PriorityDetails;

/** A priority was added under a theme. */
@StoredEvent("PriorityAdded")
public record PriorityAdded(String planId, String priorityId, String themeId, PriorityDetails details) {
}
