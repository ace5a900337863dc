package io.plantrail.improvement;

/** A priority area was revised; the details are its new content. */
public record PriorityAreaRevised(String planId, String areaId, PriorityAreaDetails details) {
}
