package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on measurable targets of outcomes. */
public final class TargetCommands {

    private TargetCommands() {
    }

    public record SetTarget(String planId, String outcomeId, TargetDetails details) implements PlanCommand {
    }

    public record ReviseTarget(String planId, String targetId, TargetDetails details) implements PlanCommand {
    }

    public record RemoveTarget(String planId, String targetId) implements PlanCommand {
    }
}
