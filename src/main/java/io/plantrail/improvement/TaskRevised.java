package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** A task was revised; the details are its new content. */
@StoredEvent("TaskRevised")
public record TaskRevised(String planId, String taskId, TaskDetails details) {
}
