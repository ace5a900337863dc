package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.improvement.PriorityAreaDetails;

/** A priority area was revised; the details are its new content. */
@StoredEvent("PriorityAreaRevised")
public record PriorityAreaRevised(String planId, String areaId, PriorityAreaDetails details) {
}
