package io.plantrail.graphql.input;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetLineDetails;
import java.math.BigDecimal;
import java.util.List;

/** A budget line as sent: each amount a figure for a column, with the cell as printed if it differs. */
public record BudgetLineInput(String label, List<AmountInput> amounts, List<GapInput> gaps, String notes) {

    /** {@code printed}, when given, is how the figure is printed ("£6.1m"); otherwise it is printed like the figure it replaces. */
    public record AmountInput(String column, BigDecimal amount, String printed) {
    }

    /** Null stays null: a revision that leaves amounts out keeps the line's. */
    public List<Amount> toAmounts() {
        return amounts == null ? null : amounts.stream()
                .map(cell -> cell == null ? null : new Amount(cell.column(), cell.printed(), cell.amount())).toList();
    }

    public BudgetLineDetails toDetails() {
        return new BudgetLineDetails(label, toAmounts(), GapInput.toGaps(gaps), notes);
    }
}
