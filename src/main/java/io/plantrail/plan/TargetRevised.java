package io.plantrail.plan;

/** A target was revised; the details are its new content. */
public record TargetRevised(String planId, String targetId, TargetDetails details) {
}
