package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.SectionDetails;

/** A narrative section was added to the plan. */
@StoredEvent("SectionAdded")
public record SectionAdded(String planId, String sectionId, SectionDetails details) {
}
