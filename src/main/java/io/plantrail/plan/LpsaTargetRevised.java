package io.plantrail.plan;

/** An LPSA target was revised; the details are its new content. */
public record LpsaTargetRevised(String planId, String lpsaTargetId, LpsaTargetDetails details) {
}
