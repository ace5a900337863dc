package io.plantrail.api;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.api.Changes.Applied;
import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetCommands.AddBudgetLine;
import io.plantrail.budget.BudgetCommands.AddBudgetTable;
import io.plantrail.budget.BudgetCommands.RemoveBudgetLine;
import io.plantrail.budget.BudgetCommands.RemoveBudgetTable;
import io.plantrail.budget.BudgetCommands.ReviseBudgetLine;
import io.plantrail.budget.BudgetCommands.ReviseBudgetTable;
import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.change.Gap;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to budget tables and their lines; amounts arrive as exact decimals. */
@Controller
@OfficersOnly
class BudgetMutations {

    private final Changes changes;

    BudgetMutations(Changes changes) {
        this.changes = changes;
    }

    /** {@code printed}, when given, is how the figure is printed ("£6.1m"); otherwise it is printed like the figure it replaces. */
    record AmountInput(String column, BigDecimal amount, String printed) {
        Amount toAmount() {
            return new Amount(column, printed, amount);
        }
    }

    record BudgetLineInput(String label, List<AmountInput> amounts, List<Gap> gaps, String notes) {
        List<Amount> toAmounts() {
            return amounts == null ? null : amounts.stream().map(AmountInput::toAmount).toList();
        }
    }

    @MutationMapping
    Applied addBudgetTable(@Argument String planId, @Argument String key, @Argument BudgetTableDetails input,
                           @Arguments ChangeIntent intent) {
        return changes.apply(new AddBudgetTable(planId, key, input), intent);
    }

    @MutationMapping
    Applied reviseBudgetTable(@Argument String planId, @Argument String tableId, @Argument BudgetTableDetails input,
                              @Arguments ChangeIntent intent,
                              DataFetchingEnvironment environment) {
        return changes.apply(new ReviseBudgetTable(planId, tableId, input, ClearedFields.of(environment)), intent.on(tableId));
    }

    @MutationMapping
    Applied removeBudgetTable(@Argument String planId, @Argument String tableId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveBudgetTable(planId, tableId), intent.on(tableId));
    }

    @MutationMapping
    Applied addBudgetLine(@Argument String planId, @Argument String tableId, @Argument BudgetLineInput input,
                          @Arguments ChangeIntent intent) {
        return changes.apply(new AddBudgetLine(planId, tableId,
                new BudgetLineDetails(input.label(), input.toAmounts(), input.gaps(), input.notes())), intent);
    }

    @MutationMapping
    Applied reviseBudgetLine(@Argument String planId, @Argument String lineId, @Argument BudgetLineInput input,
                             @Arguments ChangeIntent intent) {
        return changes.apply(new ReviseBudgetLine(planId, lineId, input.label(), input.toAmounts(), input.notes()), intent.on(lineId));
    }

    @MutationMapping
    Applied removeBudgetLine(@Argument String planId, @Argument String lineId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveBudgetLine(planId, lineId), intent.on(lineId));
    }
}
