package io.plantrail.improvement;

/** A priority area was added to the improvement plan. */
public record PriorityAreaAdded(String planId, String areaId, PriorityAreaDetails details) {
}
