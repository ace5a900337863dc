package io.plantrail.readmodel.part;

import io.plantrail.budget.BudgetColumn;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A budget table as at a plan version; its lines are read as a batch. */
public record BudgetTable(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                          String title, String caption, List<BudgetColumn> columns, List<Gap> gaps,
                          String notes) implements PlanPart {

    static BudgetTable read(StoredFields f) {
        return new BudgetTable(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.text("title"), f.text("caption"), f.columns(), f.gaps(), f.text("notes"));
    }
}
