package io.plantrail.plan;

import io.plantrail.audit.StoredEvent;

/** A narrative section was removed. */
@StoredEvent("SectionRemoved")
public record SectionRemoved(String planId, String sectionId) {
}
