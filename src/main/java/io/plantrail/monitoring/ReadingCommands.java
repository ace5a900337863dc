package io.plantrail.monitoring;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;

/** Commands on the readings reported against the plan's measures. */
public final class ReadingCommands {

    private ReadingCommands() {
    }

    /** The first report of a measure's figure for a period. */
    public record RecordReading(String planId, String measureId, ReadingDetails details) implements PlanCommand {
    }

    /**
     * A reading already reported, stated again: the figure and its comment as they should have
     * been. The reading it replaces stays in the log, and so does why.
     */
    public record RestateReading(String planId, String readingId, ReadingDetails details, Long expectedVersion)
            implements ChangeToExisting {

        @Override
        public String entityId() {
            return readingId;
        }
    }
}
