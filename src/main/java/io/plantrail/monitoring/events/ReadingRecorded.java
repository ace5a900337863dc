package io.plantrail.monitoring.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.monitoring.ReadingDetails;

/** A measure's figure for a period was reported for the first time. */
@StoredEvent("ReadingRecorded")
public record ReadingRecorded(String planId, String readingId, String measureId, ReadingDetails details) {
}
