package io.plantrail.graphql;

import io.plantrail.budget.BudgetCheckResult;
import io.plantrail.readmodel.BudgetChecks;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Whether the budget tables add up, as at any point: what the scrutiny committee checks by hand. */
@Controller
class BudgetCheckQueries {

    private final AsAtResolver asAtResolver;
    private final BudgetChecks checks;

    BudgetCheckQueries(AsAtResolver asAtResolver, BudgetChecks checks) {
        this.asAtResolver = asAtResolver;
        this.checks = checks;
    }

    @QueryMapping
    List<BudgetCheckResult> budgetChecks(@Argument String planId, @Argument AsAt asAt) {
        return checks.at(planId, asAtResolver.versionOf(planId, asAt));
    }
}
