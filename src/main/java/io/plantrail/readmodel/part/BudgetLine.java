package io.plantrail.readmodel.part;

import io.plantrail.budget.Amount;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A line of a budget table as at a plan version, one amount per column that has a figure. */
public record BudgetLine(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                         String label, List<Amount> amounts, List<Gap> gaps, String notes) implements PlanPart {
}
