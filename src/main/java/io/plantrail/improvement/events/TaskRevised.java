package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.improvement.TaskDetails;

/** A task was revised; the details are its new content. */
@StoredEvent("TaskRevised")
public record TaskRevised(String planId, String taskId, TaskDetails details) {
}
