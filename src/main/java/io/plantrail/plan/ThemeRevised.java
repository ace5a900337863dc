package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A theme was revised; the details are its new content. */
@StoredEvent("ThemeRevised")
public record ThemeRevised(String planId, String themeId, ThemeDetails details) {
}
