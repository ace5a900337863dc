package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A priority was revised; the details are its new content. */
@StoredEvent("PriorityRevised")
public record PriorityRevised(String planId, String priorityId, PriorityDetails details) {
}
