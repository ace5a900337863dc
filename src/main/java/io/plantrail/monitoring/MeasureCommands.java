package io.plantrail.monitoring;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on the plan's measures. */
public final class MeasureCommands {

    private MeasureCommands() {
    }

    /** {@code key}: the measure's id after {@code M-} (BVPI-62, LPSA-7). */
    public record DefineMeasure(String planId, String key, MeasureDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseMeasure(String planId, String measureId, MeasureDetails details, SortedSet<String> cleared,
                                Long expectedVersion) implements ChangeToExisting {
        public ReviseMeasure {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        @Override
        public String entityId() {
            return measureId;
        }
    }
}
