package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.TargetDetails;

/** A measurable target was set for an outcome. */
@StoredEvent("TargetSet")
public record TargetSet(String planId, String targetId, String outcomeId, TargetDetails details) {
}
