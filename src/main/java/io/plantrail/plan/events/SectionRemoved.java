package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/** A narrative section was removed. */
@StoredEvent("SectionRemoved")
public record SectionRemoved(String planId, String sectionId) {
}
