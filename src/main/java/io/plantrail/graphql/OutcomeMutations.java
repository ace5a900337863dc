package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.OutcomeInput;
import io.plantrail.graphql.input.TargetInput;
import io.plantrail.plan.OutcomeCommands.AddOutcome;
import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.TargetCommands.RemoveTarget;
import io.plantrail.plan.TargetCommands.ReviseTarget;
import io.plantrail.plan.TargetCommands.SetTarget;
import io.plantrail.privacy.PersonalData;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to outcomes and their measurable targets. */
@Controller
@OfficersOnly
class OutcomeMutations {

    private final Changes changes;
    private final PersonalData personalData;

    OutcomeMutations(Changes changes, PersonalData personalData) {
        this.changes = changes;
        this.personalData = personalData;
    }

    @MutationMapping
    Applied addOutcome(@Argument String planId, @Argument String priorityId, @Argument OutcomeInput input,
                       @Arguments ChangeIntent intent) {
        return changes.apply(new AddOutcome(planId, priorityId, personalData.sealContactsOf(input.toDetails())), intent);
    }

    @MutationMapping
    Applied reviseOutcome(@Argument String planId, @Argument String outcomeId, @Argument OutcomeInput input,
                          @Arguments ChangeIntent intent,
                          DataFetchingEnvironment environment) {
        return changes.apply(new ReviseOutcome(planId, outcomeId, personalData.sealContactsOf(input.toDetails()),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeOutcome(@Argument String planId, @Argument String outcomeId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveOutcome(planId, outcomeId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied setTarget(@Argument String planId, @Argument String outcomeId, @Argument TargetInput input,
                      @Arguments ChangeIntent intent) {
        return changes.apply(new SetTarget(planId, outcomeId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseTarget(@Argument String planId, @Argument String targetId, @Argument TargetInput input,
                         @Arguments ChangeIntent intent,
                         DataFetchingEnvironment environment) {
        return changes.apply(new ReviseTarget(planId, targetId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeTarget(@Argument String planId, @Argument String targetId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveTarget(planId, targetId, intent.expectedVersion()), intent);
    }
}
