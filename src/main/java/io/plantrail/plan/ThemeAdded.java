package io.plantrail.plan;

import io.plantrail.change.StoredEvent;

/** A theme was added to the plan. */
@StoredEvent("ThemeAdded")
public record ThemeAdded(String planId, String themeId, ThemeDetails details) {
}
