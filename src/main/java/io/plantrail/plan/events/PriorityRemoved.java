package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/** A priority was removed. */
@StoredEvent("PriorityRemoved")
public record PriorityRemoved(String planId, String priorityId) {
}
