package io.plantrail.improvement;

/** A priority area was removed from the improvement plan. */
public record PriorityAreaRemoved(String planId, String areaId) {
}
