package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.BudgetLineInput;
import io.plantrail.graphql.input.BudgetTableInput;
import io.plantrail.budget.BudgetCommands.AddBudgetLine;
import io.plantrail.budget.BudgetCommands.AddBudgetTable;
import io.plantrail.budget.BudgetCommands.RemoveBudgetLine;
import io.plantrail.budget.BudgetCommands.RemoveBudgetTable;
import io.plantrail.budget.BudgetCommands.ReviseBudgetLine;
import io.plantrail.budget.BudgetCommands.ReviseBudgetTable;
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

    @MutationMapping
    Applied addBudgetTable(@Argument String planId, @Argument String key, @Argument BudgetTableInput input,
                           @Arguments ChangeIntent intent) {
        return changes.apply(new AddBudgetTable(planId, key, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseBudgetTable(@Argument String planId, @Argument String tableId, @Argument BudgetTableInput input,
                              @Arguments ChangeIntent intent,
                              DataFetchingEnvironment environment) {
        return changes.apply(new ReviseBudgetTable(planId, tableId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeBudgetTable(@Argument String planId, @Argument String tableId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveBudgetTable(planId, tableId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied addBudgetLine(@Argument String planId, @Argument String tableId, @Argument BudgetLineInput input,
                          @Arguments ChangeIntent intent) {
        return changes.apply(new AddBudgetLine(planId, tableId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseBudgetLine(@Argument String planId, @Argument String lineId, @Argument BudgetLineInput input,
                             @Arguments ChangeIntent intent) {
        return changes.apply(new ReviseBudgetLine(planId, lineId, input.label(), input.toAmounts(), input.notes(),
                intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeBudgetLine(@Argument String planId, @Argument String lineId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveBudgetLine(planId, lineId, intent.expectedVersion()), intent);
    }
}
