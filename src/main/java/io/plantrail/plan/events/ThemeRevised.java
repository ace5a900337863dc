package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;
import io.plantrail.plan.ThemeDetails;

/** A theme was revised; the details are its new content. */
@StoredEvent("ThemeRevised")
public record ThemeRevised(String planId, String themeId, ThemeDetails details) {
}
