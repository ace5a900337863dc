package io.plantrail.graphql.input;

import io.plantrail.budget.BudgetColumn;
import io.plantrail.budget.BudgetTableDetails;
import java.util.List;

/** A budget table as sent (its arithmetic checks come only with an imported document). */
public record BudgetTableInput(String title, String caption, List<BudgetColumnInput> columns, List<GapInput> gaps,
                               String notes) {

    /** A column: its key, its printed heading and its unit. */
    public record BudgetColumnInput(String key, String label, String unit) {
    }

    public BudgetTableDetails toDetails() {
        List<BudgetColumn> typed = columns == null ? null : columns.stream()
                .map(column -> column == null ? null : new BudgetColumn(column.key(), column.label(), column.unit()))
                .toList();
        return new BudgetTableDetails(title, caption, typed, GapInput.toGaps(gaps), notes, null);
    }
}
