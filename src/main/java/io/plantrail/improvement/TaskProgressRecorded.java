package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** Progress on a task was recorded. */
@StoredEvent("TaskProgressRecorded")
public record TaskProgressRecorded(String planId, String entryId, String taskId, ProgressEntryDetails details) {
}
