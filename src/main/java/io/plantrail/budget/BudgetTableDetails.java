package io.plantrail.budget;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** A budget table of the plan (Table 1, sources of income, analysis of change …) and the arithmetic it implies. */
public record BudgetTableDetails(String title, String caption, List<BudgetColumn> columns, List<Gap> gaps, String notes,
                                 List<BudgetCheck> checks) {
    public BudgetTableDetails {
        columns = Rules.frozen(columns);
        gaps = Rules.frozen(gaps);
        checks = Rules.frozen(checks);
    }
}
