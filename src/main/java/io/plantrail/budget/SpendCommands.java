package io.plantrail.budget;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;

/** Commands on what was forecast and spent against the budget's lines. */
public final class SpendCommands {

    private SpendCommands() {
    }

    /** The first report of a line's forecast and spend for a period; its id is the line's, @ and the period. */
    public record RecordSpend(String planId, String lineId, SpendDetails details) implements PlanCommand {
    }

    /** A report already made, stated again with the reason: the first stays in the log. */
    public record RestateSpend(String planId, String spendId, SpendDetails details, Long expectedVersion)
            implements ChangeToExisting {

        @Override
        public String entityId() {
            return spendId;
        }
    }
}
