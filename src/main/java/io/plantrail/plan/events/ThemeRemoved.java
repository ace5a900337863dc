package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/** A theme was removed from the plan. */
@StoredEvent("ThemeRemoved")
public record ThemeRemoved(String planId, String themeId) {
}
