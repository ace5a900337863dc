package io.plantrail.plan;

import io.plantrail.audit.StoredEvent;

/** A theme was added to the plan. */
@StoredEvent("ThemeAdded")
public record ThemeAdded(String planId, String themeId, ThemeDetails details) {
}
