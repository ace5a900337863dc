package io.plantrail.improvement;

/** Progress on a task was recorded. */
public record TaskProgressRecorded(String planId, String entryId, String taskId, ProgressEntryDetails details) {
}
