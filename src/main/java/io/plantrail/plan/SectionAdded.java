package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A narrative section was added to the plan. */
@StoredEvent("SectionAdded")
public record SectionAdded(String planId, String sectionId, SectionDetails details) {
}
