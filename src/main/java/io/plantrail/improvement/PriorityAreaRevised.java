package io.plantrail.improvement;

import io.plantrail.audit.StoredEvent;

/** A priority area was revised; the details are its new content. */
@StoredEvent("PriorityAreaRevised")
public record PriorityAreaRevised(String planId, String areaId, PriorityAreaDetails details) {
}
