package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on measurable targets of outcomes. */
public final class TargetCommands {

    private TargetCommands() {
    }

    public record SetTarget(String planId, String outcomeId, TargetDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseTarget(String planId, String targetId, TargetDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseTarget {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseTarget(String planId, String targetId, TargetDetails details) {
            this(planId, targetId, details, null, null);
        }

        @Override
        public String entityId() {
            return targetId;
        }
    }

    public record RemoveTarget(String planId, String targetId, Long expectedVersion) implements ChangeToExisting {

        public RemoveTarget(String planId, String targetId) {
            this(planId, targetId, null);
        }

        @Override
        public String entityId() {
            return targetId;
        }
    }
}
