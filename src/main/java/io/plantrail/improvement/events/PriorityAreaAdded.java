package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.improvement.PriorityAreaDetails;

/** A priority area was added to the improvement plan. */
@StoredEvent("PriorityAreaAdded")
public record PriorityAreaAdded(String planId, String areaId, PriorityAreaDetails details) {
}
