package io.plantrail.improvement;

import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on the improvement plan: priority areas, tasks and their progress. */
public final class ImprovementCommands {

    private ImprovementCommands() {
    }

    public record AddPriorityArea(String planId, PriorityAreaDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record RevisePriorityArea(String planId, String areaId, PriorityAreaDetails details, SortedSet<String> cleared) implements PlanCommand {
        public RevisePriorityArea {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public RevisePriorityArea(String planId, String areaId, PriorityAreaDetails details) {
            this(planId, areaId, details, null);
        }
    }

    public record RemovePriorityArea(String planId, String areaId) implements PlanCommand {
    }

    public record AddTask(String planId, String areaId, TaskDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseTask(String planId, String taskId, TaskDetails details, SortedSet<String> cleared) implements PlanCommand {
        public ReviseTask {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseTask(String planId, String taskId, TaskDetails details) {
            this(planId, taskId, details, null);
        }
    }

    public record RemoveTask(String planId, String taskId) implements PlanCommand {
    }

    public record RecordTaskProgress(String planId, String taskId, ProgressEntryDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseTaskProgress(String planId, String entryId, ProgressEntryDetails details, SortedSet<String> cleared) implements PlanCommand {
        public ReviseTaskProgress {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseTaskProgress(String planId, String entryId, ProgressEntryDetails details) {
            this(planId, entryId, details, null);
        }
    }

    public record RemoveTaskProgress(String planId, String entryId) implements PlanCommand {
    }
}
