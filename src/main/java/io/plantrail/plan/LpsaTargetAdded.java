package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** An LPSA target was added. */
@StoredEvent("LpsaTargetAdded")
public record LpsaTargetAdded(String planId, String lpsaTargetId, LpsaTargetDetails details) {
}
