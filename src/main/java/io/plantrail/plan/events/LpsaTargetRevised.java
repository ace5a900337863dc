package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.LpsaTargetDetails;

/** An LPSA target was revised; the details are its new content. */
@StoredEvent("LpsaTargetRevised")
public record LpsaTargetRevised(String planId, String lpsaTargetId, LpsaTargetDetails details) {
}
