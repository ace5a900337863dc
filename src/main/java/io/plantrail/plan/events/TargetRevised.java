package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.TargetDetails;

/** A target was revised; the details are its new content. */
@StoredEvent("TargetRevised")
public record TargetRevised(String planId, String targetId, TargetDetails details) {
}
