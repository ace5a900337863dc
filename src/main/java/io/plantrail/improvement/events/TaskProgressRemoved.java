package io.plantrail.improvement.events;

import io.plantrail.change.StoredEvent;

/** A progress entry was removed. */
@StoredEvent("TaskProgressRemoved")
public record TaskProgressRemoved(String planId, String entryId) {
}
