package io.plantrail.improvement;

/** A task was removed. */
public record TaskRemoved(String planId, String taskId) {
}
