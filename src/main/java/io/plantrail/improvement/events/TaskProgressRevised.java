package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.improvement.ProgressEntryDetails;

/** A progress entry was revised; the details are its new content. */
@StoredEvent("TaskProgressRevised")
public record TaskProgressRevised(String planId, String entryId, ProgressEntryDetails details) {
}
