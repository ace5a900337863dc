package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** A task was added to a priority area. */
@StoredEvent("TaskAdded")
public record TaskAdded(String planId, String taskId, String areaId, TaskDetails details) {
}
