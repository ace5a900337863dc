package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A narrative section was revised; the details are its new content. */
@StoredEvent("SectionRevised")
public record SectionRevised(String planId, String sectionId, SectionDetails details) {
}
