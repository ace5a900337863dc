package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.CpaInput;
import io.plantrail.graphql.input.LpsaTargetInput;
import io.plantrail.plan.CpaCommands.RecordCpaAssessment;
import io.plantrail.plan.CpaCommands.ReviseCpaAssessment;
import io.plantrail.plan.LpsaTargetCommands.AddLpsaTarget;
import io.plantrail.plan.LpsaTargetCommands.RemoveLpsaTarget;
import io.plantrail.plan.LpsaTargetCommands.ReviseLpsaTarget;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to the LPSA targets and the recorded CPA assessment. */
@Controller
@OfficersOnly
class AssessmentMutations {

    private final Changes changes;

    AssessmentMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    Applied addLpsaTarget(@Argument String planId, @Argument LpsaTargetInput input, @Arguments ChangeIntent intent) {
        return changes.apply(new AddLpsaTarget(planId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseLpsaTarget(@Argument String planId, @Argument String lpsaTargetId,
                             @Argument LpsaTargetInput input, @Arguments ChangeIntent intent,
                             DataFetchingEnvironment environment) {
        return changes.apply(new ReviseLpsaTarget(planId, lpsaTargetId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeLpsaTarget(@Argument String planId, @Argument String lpsaTargetId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveLpsaTarget(planId, lpsaTargetId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied recordCpaAssessment(@Argument String planId, @Argument CpaInput input, @Arguments ChangeIntent intent) {
        return changes.apply(new RecordCpaAssessment(planId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseCpaAssessment(@Argument String planId, @Argument CpaInput input, @Arguments ChangeIntent intent,
                                DataFetchingEnvironment environment) {
        return changes.apply(new ReviseCpaAssessment(planId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }
}
