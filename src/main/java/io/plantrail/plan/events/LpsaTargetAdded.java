package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.LpsaTargetDetails;

/** An LPSA target was added. */
@StoredEvent("LpsaTargetAdded")
public record LpsaTargetAdded(String planId, String lpsaTargetId, LpsaTargetDetails details) {
}
