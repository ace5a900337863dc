package io.plantrail.plan;

/** A target was removed. */
public record TargetRemoved(String planId, String targetId) {
}
