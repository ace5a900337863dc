package io.plantrail.plan;

/** A theme was added to the plan. */
public record ThemeAdded(String planId, String themeId, ThemeDetails details) {
}
