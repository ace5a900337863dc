package io.plantrail.api;

import io.plantrail.history.BudgetCheckResult;
import io.plantrail.history.BudgetChecks;
import io.plantrail.history.PlanRecords;
import io.plantrail.plan.ChangeRejected;
import java.util.List;
import org.bson.Document;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Whether the budget tables add up, as at any point: what the scrutiny committee checks by hand. */
@Controller
class BudgetCheckQueries {

    private final PlanRecords plans;
    private final AsAtResolver asAtResolver;
    private final BudgetChecks checks;

    BudgetCheckQueries(PlanRecords plans, AsAtResolver asAtResolver, BudgetChecks checks) {
        this.plans = plans;
        this.asAtResolver = asAtResolver;
        this.checks = checks;
    }

    @QueryMapping
    List<BudgetCheckResult> budgetChecks(@Argument String planId, @Argument AsAt asAt) {
        Document plan = plans.find(planId);
        if (plan == null) {
            throw ChangeRejected.notFound("There is no plan '" + planId + "'.");
        }
        return checks.at(planId, asAtResolver.versionOf(PlanQueries.view(plan), asAt));
    }
}
