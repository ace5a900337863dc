package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** A priority area was revised; the details are its new content. */
@StoredEvent("PriorityAreaRevised")
public record PriorityAreaRevised(String planId, String areaId, PriorityAreaDetails details) {
}
