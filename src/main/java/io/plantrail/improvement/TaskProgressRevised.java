package io.plantrail.improvement;

import io.plantrail.change.StoredEvent;

/** A progress entry was revised; the details are its new content. */
@StoredEvent("TaskProgressRevised")
public record TaskProgressRevised(String planId, String entryId, ProgressEntryDetails details) {
}
