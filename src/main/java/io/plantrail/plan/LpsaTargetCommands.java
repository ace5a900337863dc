package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on the LPSA targets. */
public final class LpsaTargetCommands {

    private LpsaTargetCommands() {
    }

    public record AddLpsaTarget(String planId, LpsaTargetDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseLpsaTarget(String planId, String lpsaTargetId, LpsaTargetDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseLpsaTarget {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseLpsaTarget(String planId, String lpsaTargetId, LpsaTargetDetails details) {
            this(planId, lpsaTargetId, details, null, null);
        }

        @Override
        public String entityId() {
            return lpsaTargetId;
        }
    }

    public record RemoveLpsaTarget(String planId, String lpsaTargetId, Long expectedVersion) implements ChangeToExisting {

        public RemoveLpsaTarget(String planId, String lpsaTargetId) {
            this(planId, lpsaTargetId, null);
        }

        @Override
        public String entityId() {
            return lpsaTargetId;
        }
    }
}
