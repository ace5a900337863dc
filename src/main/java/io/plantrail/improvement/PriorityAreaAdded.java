package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** A priority area was added to the improvement plan. */
@StoredEvent("PriorityAreaAdded")
public record PriorityAreaAdded(String planId, String areaId, PriorityAreaDetails details) {
}
