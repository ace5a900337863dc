package io.plantrail.improvement;

/** A dated statement of progress on a task; the date is as printed, when there is one. */
public record ProgressEntryDetails(String date, String text) {
}
