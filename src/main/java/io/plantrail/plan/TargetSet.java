package io.plantrail.plan;

/** A measurable target was set for an outcome. */
public record TargetSet(String planId, String targetId, String outcomeId, TargetDetails details) {
}
