package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A target was revised; the details are its new content. */
@StoredEvent("TargetRevised")
public record TargetRevised(String planId, String targetId, TargetDetails details) {
}
