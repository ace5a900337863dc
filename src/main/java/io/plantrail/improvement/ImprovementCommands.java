package io.plantrail.improvement;

import io.plantrail.change.ChangeToExisting;
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
    public record RevisePriorityArea(String planId, String areaId, PriorityAreaDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public RevisePriorityArea {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public RevisePriorityArea(String planId, String areaId, PriorityAreaDetails details) {
            this(planId, areaId, details, null, null);
        }

        @Override
        public String entityId() {
            return areaId;
        }
    }

    public record RemovePriorityArea(String planId, String areaId, Long expectedVersion) implements ChangeToExisting {

        public RemovePriorityArea(String planId, String areaId) {
            this(planId, areaId, null);
        }

        @Override
        public String entityId() {
            return areaId;
        }
    }

    public record AddTask(String planId, String areaId, TaskDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseTask(String planId, String taskId, TaskDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseTask {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseTask(String planId, String taskId, TaskDetails details) {
            this(planId, taskId, details, null, null);
        }

        @Override
        public String entityId() {
            return taskId;
        }
    }

    public record RemoveTask(String planId, String taskId, Long expectedVersion) implements ChangeToExisting {

        public RemoveTask(String planId, String taskId) {
            this(planId, taskId, null);
        }

        @Override
        public String entityId() {
            return taskId;
        }
    }

    public record RecordTaskProgress(String planId, String taskId, ProgressEntryDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseTaskProgress(String planId, String entryId, ProgressEntryDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseTaskProgress {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseTaskProgress(String planId, String entryId, ProgressEntryDetails details) {
            this(planId, entryId, details, null, null);
        }

        @Override
        public String entityId() {
            return entryId;
        }
    }

    public record RemoveTaskProgress(String planId, String entryId, Long expectedVersion) implements ChangeToExisting {

        public RemoveTaskProgress(String planId, String entryId) {
            this(planId, entryId, null);
        }

        @Override
        public String entityId() {
            return entryId;
        }
    }
}
