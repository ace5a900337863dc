package io.plantrail.improvement;

import io.plantrail.audit.StoredEvent;

/** A progress entry was removed. */
@StoredEvent("TaskProgressRemoved")
public record TaskProgressRemoved(String planId, String entryId) {
}
