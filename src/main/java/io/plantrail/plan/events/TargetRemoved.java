package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/** A target was removed. */
@StoredEvent("TargetRemoved")
public record TargetRemoved(String planId, String targetId) {
}
