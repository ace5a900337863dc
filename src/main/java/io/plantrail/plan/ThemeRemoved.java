package io.plantrail.plan;

/** A theme was removed from the plan. */
public record ThemeRemoved(String planId, String themeId) {
}
