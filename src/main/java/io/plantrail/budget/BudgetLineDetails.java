package io.plantrail.budget;

import io.plantrail.change.Gap;
import java.util.List;

/** A line of a budget table, with one amount per column. */
public record BudgetLineDetails(String label, List<Amount> amounts, List<Gap> gaps, String notes) {
}
