package io.plantrail.plan;

import io.plantrail.audit.StoredEvent;

/** A priority was revised; the details are its new content. */
@StoredEvent("PriorityRevised")
public record PriorityRevised(String planId, String priorityId, PriorityDetails details) {
}
