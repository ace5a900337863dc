package io.plantrail.plan;

/** An LPSA target was removed. */
public record LpsaTargetRemoved(String planId, String lpsaTargetId) {
}
