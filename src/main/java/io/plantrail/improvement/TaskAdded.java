package io.plantrail.improvement;

import io.plantrail.audit.StoredEvent;

/** A task was added to a priority area. */
@StoredEvent("TaskAdded")
public record TaskAdded(String planId, String taskId, String areaId, TaskDetails details) {
}
