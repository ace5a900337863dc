package io.plantrail.plan;

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
}
