package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.SectionDetails;

/** A narrative section was revised; the details are its new content. */
@StoredEvent("SectionRevised")
public record SectionRevised(String planId, String sectionId, SectionDetails details) {
}
