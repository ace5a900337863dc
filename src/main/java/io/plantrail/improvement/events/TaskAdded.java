package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.improvement.TaskDetails;

/** A task was added to a priority area. */
@StoredEvent("TaskAdded")
public record TaskAdded(String planId, String taskId, String areaId, TaskDetails details) {
}
