package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on the recorded CPA assessment. */
public final class CpaCommands {

    private CpaCommands() {
    }

    public record RecordCpaAssessment(String planId, CpaDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseCpaAssessment(String planId, CpaDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseCpaAssessment {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseCpaAssessment(String planId, CpaDetails details) {
            this(planId, details, null, null);
        }

        /** The plan has one CPA assessment; its versions are kept under this id. */
        @Override
        public String entityId() {
            return "CPA";
        }
    }
}
