package io.plantrail.budget;

import io.plantrail.change.PlanCommand;
import java.util.List;

/** Commands on budget tables and their lines. */
public final class BudgetCommands {

    private BudgetCommands() {
    }

    public record AddBudgetTable(String planId, String key, BudgetTableDetails details) implements PlanCommand {
    }

    public record ReviseBudgetTable(String planId, String tableId, BudgetTableDetails details) implements PlanCommand {
    }

    public record RemoveBudgetTable(String planId, String tableId) implements PlanCommand {
    }

    public record AddBudgetLine(String planId, String tableId, BudgetLineDetails details) implements PlanCommand {
    }

    /** Amounts given replace those of the same columns; other columns keep theirs. */
    public record ReviseBudgetLine(String planId, String lineId, String label, List<Amount> amounts, String notes)
            implements PlanCommand {
    }

    public record RemoveBudgetLine(String planId, String lineId) implements PlanCommand {
    }
}
