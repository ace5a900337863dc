package io.plantrail.plan;

/** A narrative section was removed. */
public record SectionRemoved(String planId, String sectionId) {
}
