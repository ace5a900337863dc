package io.plantrail.improvement;

/** A task was revised; the details are its new content. */
public record TaskRevised(String planId, String taskId, TaskDetails details) {
}
