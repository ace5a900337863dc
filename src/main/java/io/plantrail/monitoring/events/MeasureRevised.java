package io.plantrail.monitoring.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.monitoring.MeasureDetails;

/** A measure was revised; the details are its new content. */
@StoredEvent("MeasureRevised")
public record MeasureRevised(String planId, String measureId, MeasureDetails details) {
}
