package io.plantrail.monitoring.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.monitoring.ReadingDetails;

/** A reading already reported was stated again; the details are the figure as it now stands, the reason why is the change's. */
@StoredEvent("ReadingRestated")
public record ReadingRestated(String planId, String readingId, String measureId, ReadingDetails details) {
}
