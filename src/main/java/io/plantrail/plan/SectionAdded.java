package io.plantrail.plan;

/** A narrative section was added to the plan. */
public record SectionAdded(String planId, String sectionId, SectionDetails details) {
}
