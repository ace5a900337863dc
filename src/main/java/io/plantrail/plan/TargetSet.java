package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A measurable target was set for an outcome. */
@StoredEvent("TargetSet")
public record TargetSet(String planId, String targetId, String outcomeId, TargetDetails details) {
}
