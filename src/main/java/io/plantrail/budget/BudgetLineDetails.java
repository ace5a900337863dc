package io.plantrail.budget;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** A line of a budget table, with one amount per column. */
public record BudgetLineDetails(String label, List<Amount> amounts, List<Gap> gaps, String notes) {
    public BudgetLineDetails {
        amounts = Rules.frozen(amounts);
        gaps = Rules.frozen(gaps);
    }
}
