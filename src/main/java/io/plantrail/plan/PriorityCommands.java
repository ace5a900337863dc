package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on priorities; a priority's id is its theme's key and its letter. */
public final class PriorityCommands {

    private PriorityCommands() {
    }

    public record AddPriority(String planId, String themeId, PriorityDetails details) implements PlanCommand {
    }

    public record RevisePriority(String planId, String priorityId, PriorityDetails details) implements PlanCommand {
    }

    public record RemovePriority(String planId, String priorityId) implements PlanCommand {
    }
}
