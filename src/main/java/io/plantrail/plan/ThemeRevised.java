package io.plantrail.plan;

/** A theme was revised; the details are its new content. */
public record ThemeRevised(String planId, String themeId, ThemeDetails details) {
}
