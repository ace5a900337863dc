package io.plantrail.improvement;

import io.plantrail.audit.StoredEvent;

/** A task was revised; the details are its new content. */
@StoredEvent("TaskRevised")
public record TaskRevised(String planId, String taskId, TaskDetails details) {
}
