package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.improvement.ProgressEntryDetails;

/** Progress on a task was recorded. */
@StoredEvent("TaskProgressRecorded")
public record TaskProgressRecorded(String planId, String entryId, String taskId, ProgressEntryDetails details) {
}
