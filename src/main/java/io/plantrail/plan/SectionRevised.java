package io.plantrail.plan;

/** A narrative section was revised; the details are its new content. */
public record SectionRevised(String planId, String sectionId, SectionDetails details) {
}
