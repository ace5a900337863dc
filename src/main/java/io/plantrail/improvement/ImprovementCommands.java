package io.plantrail.improvement;

import io.plantrail.change.PlanCommand;

/** Commands on the improvement plan: priority areas, tasks and their progress. */
public final class ImprovementCommands {

    private ImprovementCommands() {
    }

    public record AddPriorityArea(String planId, PriorityAreaDetails details) implements PlanCommand {
    }

    public record RevisePriorityArea(String planId, String areaId, PriorityAreaDetails details) implements PlanCommand {
    }

    public record RemovePriorityArea(String planId, String areaId) implements PlanCommand {
    }

    public record AddTask(String planId, String areaId, TaskDetails details) implements PlanCommand {
    }

    public record ReviseTask(String planId, String taskId, TaskDetails details) implements PlanCommand {
    }

    public record RemoveTask(String planId, String taskId) implements PlanCommand {
    }

    public record RecordTaskProgress(String planId, String taskId, ProgressEntryDetails details) implements PlanCommand {
    }

    public record ReviseTaskProgress(String planId, String entryId, ProgressEntryDetails details) implements PlanCommand {
    }

    public record RemoveTaskProgress(String planId, String entryId) implements PlanCommand {
    }
}
