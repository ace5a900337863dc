package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;

/** A task was removed. */
@StoredEvent("TaskRemoved")
public record TaskRemoved(String planId, String taskId) {
}
