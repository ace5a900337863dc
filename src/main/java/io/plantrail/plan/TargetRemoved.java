package io.plantrail.plan;

import io.plantrail.audit.StoredEvent;

/** A target was removed. */
@StoredEvent("TargetRemoved")
public record TargetRemoved(String planId, String targetId) {
}
