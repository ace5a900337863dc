package io.plantrail.improvement;

/** A task was added to a priority area. */
public record TaskAdded(String planId, String taskId, String areaId, TaskDetails details) {
}
