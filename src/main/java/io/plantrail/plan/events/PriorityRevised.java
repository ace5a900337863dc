package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.PriorityDetails;

/** A priority was revised; the details are its new content. */
@StoredEvent("PriorityRevised")
public record PriorityRevised(String planId, String priorityId, PriorityDetails details) {
}
