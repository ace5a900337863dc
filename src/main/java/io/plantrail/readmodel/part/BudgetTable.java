package io.plantrail.readmodel.part;

import io.plantrail.budget.BudgetCheck;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A budget table as at a plan version, with the arithmetic it declares; its lines are read as a batch. */
public record BudgetTable(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                          String title, String caption, List<BudgetColumn> columns, List<Gap> gaps,
                          String notes, List<BudgetCheck> checks) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(title);
    }
}
