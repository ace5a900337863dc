package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.ThemeDetails;

/** A theme was added to the plan. */
@StoredEvent("ThemeAdded")
public record ThemeAdded(String planId, String themeId, ThemeDetails details) {
}
