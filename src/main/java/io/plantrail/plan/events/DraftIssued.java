package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import java.time.LocalDate;

/** The plan as at this version was issued as a numbered draft; a draft never moves. */
@StoredEvent("DraftIssued")
public record DraftIssued(String planId, int number, String label, LocalDate documentDate, long planVersion) {
}
