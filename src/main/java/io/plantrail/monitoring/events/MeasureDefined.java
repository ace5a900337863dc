package io.plantrail.monitoring.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.monitoring.MeasureDetails;

/** A measure was defined. */
@StoredEvent("MeasureDefined")
public record MeasureDefined(String planId, String measureId, MeasureDetails details) {
}
