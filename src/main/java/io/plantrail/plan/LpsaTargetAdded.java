package io.plantrail.plan;

/** An LPSA target was added. */
public record LpsaTargetAdded(String planId, String lpsaTargetId, LpsaTargetDetails details) {
}
