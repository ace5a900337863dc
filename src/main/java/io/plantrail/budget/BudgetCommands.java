package io.plantrail.budget;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on budget tables and their lines. */
public final class BudgetCommands {

    private BudgetCommands() {
    }

    public record AddBudgetTable(String planId, String key, BudgetTableDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseBudgetTable(String planId, String tableId, BudgetTableDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseBudgetTable {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseBudgetTable(String planId, String tableId, BudgetTableDetails details) {
            this(planId, tableId, details, null, null);
        }

        @Override
        public String entityId() {
            return tableId;
        }
    }

    public record RemoveBudgetTable(String planId, String tableId, Long expectedVersion) implements ChangeToExisting {

        public RemoveBudgetTable(String planId, String tableId) {
            this(planId, tableId, null);
        }

        @Override
        public String entityId() {
            return tableId;
        }
    }

    public record AddBudgetLine(String planId, String tableId, BudgetLineDetails details) implements PlanCommand {
    }

    /** Amounts given replace those of the same columns; other columns keep theirs. */
    public record ReviseBudgetLine(String planId, String lineId, String label, List<Amount> amounts, String notes,
                                   Long expectedVersion) implements ChangeToExisting {

        public ReviseBudgetLine(String planId, String lineId, String label, List<Amount> amounts, String notes) {
            this(planId, lineId, label, amounts, notes, null);
        }

        @Override
        public String entityId() {
            return lineId;
        }
    }

    public record RemoveBudgetLine(String planId, String lineId, Long expectedVersion) implements ChangeToExisting {

        public RemoveBudgetLine(String planId, String lineId) {
            this(planId, lineId, null);
        }

        @Override
        public String entityId() {
            return lineId;
        }
    }
}
