package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/**
 * A plan was opened for a council and period. Revision 2 names the council's field
 * {@code councilName}; revision 1 called it {@code council} ({@link PlanStartedCouncilNamed}).
 */
@StoredEvent(value = "PlanStarted", revision = 2)
public record PlanStarted(String planId, String title, String councilName) {
}
