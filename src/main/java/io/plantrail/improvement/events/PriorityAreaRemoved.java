package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;

/** A priority area was removed from the improvement plan. */
@StoredEvent("PriorityAreaRemoved")
public record PriorityAreaRemoved(String planId, String areaId) {
}
