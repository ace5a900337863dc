package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** A task was removed. */
@StoredEvent("TaskRemoved")
public record TaskRemoved(String planId, String taskId) {
}
