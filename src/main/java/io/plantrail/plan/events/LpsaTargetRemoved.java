package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/** An LPSA target was removed. */
@StoredEvent("LpsaTargetRemoved")
public record LpsaTargetRemoved(String planId, String lpsaTargetId) {
}
