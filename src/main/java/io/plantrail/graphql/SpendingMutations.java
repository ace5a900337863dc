package io.plantrail.graphql;

import io.plantrail.access.OfficersOnly;
import io.plantrail.budget.SpendCommands.RecordSpend;
import io.plantrail.budget.SpendCommands.RestateSpend;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.SpendInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Forecasts and spend reported against the budget's lines; a report made is corrected only by restating it. */
@Controller
@OfficersOnly
class SpendingMutations {

    private final Changes changes;

    SpendingMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    Applied recordSpend(@Argument String planId, @Argument String lineId, @Argument SpendInput input, @Arguments ChangeIntent intent) {
        return changes.apply(new RecordSpend(planId, lineId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied restateSpend(@Argument String planId, @Argument String spendId, @Argument SpendInput input,
                         @Arguments ChangeIntent intent) {
        return changes.apply(new RestateSpend(planId, spendId, input.toDetails(), intent.expectedVersion()), intent);
    }
}
