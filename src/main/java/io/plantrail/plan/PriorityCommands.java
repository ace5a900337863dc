package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on priorities; a priority's id is its theme's key and its letter. */
public final class PriorityCommands {

    private PriorityCommands() {
    }

    public record AddPriority(String planId, String themeId, PriorityDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record RevisePriority(String planId, String priorityId, PriorityDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public RevisePriority {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public RevisePriority(String planId, String priorityId, PriorityDetails details) {
            this(planId, priorityId, details, null, null);
        }

        @Override
        public String entityId() {
            return priorityId;
        }
    }

    public record RemovePriority(String planId, String priorityId, Long expectedVersion) implements ChangeToExisting {

        public RemovePriority(String planId, String priorityId) {
            this(planId, priorityId, null);
        }

        @Override
        public String entityId() {
            return priorityId;
        }
    }
}
