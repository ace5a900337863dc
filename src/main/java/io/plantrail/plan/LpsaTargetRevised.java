package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** An LPSA target was revised; the details are its new content. */
@StoredEvent("LpsaTargetRevised")
public record LpsaTargetRevised(String planId, String lpsaTargetId, LpsaTargetDetails details) {
}
