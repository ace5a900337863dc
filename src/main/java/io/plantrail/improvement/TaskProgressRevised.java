package io.plantrail.improvement;

/** A progress entry was revised; the details are its new content. */
public record TaskProgressRevised(String planId, String entryId, ProgressEntryDetails details) {
}
