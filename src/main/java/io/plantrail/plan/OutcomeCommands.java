package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on outcomes; an outcome's id is its priority's and its number. */
public final class OutcomeCommands {

    private OutcomeCommands() {
    }

    public record AddOutcome(String planId, String priorityId, OutcomeDetails details) implements PlanCommand {
    }

    public record ReviseOutcome(String planId, String outcomeId, OutcomeDetails details) implements PlanCommand {
    }

    public record RemoveOutcome(String planId, String outcomeId) implements PlanCommand {
    }

    /** Erases a contact's personal data on their request (by the person id their contacts are sealed under). */
    public record EraseContact(String planId, String personId) implements PlanCommand {
    }
}
