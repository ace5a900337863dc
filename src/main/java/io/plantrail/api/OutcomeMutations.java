package io.plantrail.api;

import io.plantrail.access.OfficersOnly;
import io.plantrail.api.Changes.Applied;
import io.plantrail.plan.OutcomeCommands.AddOutcome;
import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.OutcomeDetails;
import io.plantrail.plan.TargetCommands.RemoveTarget;
import io.plantrail.plan.TargetCommands.ReviseTarget;
import io.plantrail.plan.TargetCommands.SetTarget;
import io.plantrail.plan.TargetDetails;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to outcomes and their measurable targets. */
@Controller
@OfficersOnly
class OutcomeMutations {

    private final Changes changes;

    OutcomeMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    Applied addOutcome(@Argument String planId, @Argument String priorityId, @Argument OutcomeDetails input,
                       @Argument String reason) {
        return changes.apply(new AddOutcome(planId, priorityId, input), reason);
    }

    @MutationMapping
    Applied reviseOutcome(@Argument String planId, @Argument String outcomeId, @Argument OutcomeDetails input,
                          @Argument String reason) {
        return changes.apply(new ReviseOutcome(planId, outcomeId, input), reason);
    }

    @MutationMapping
    Applied removeOutcome(@Argument String planId, @Argument String outcomeId, @Argument String reason) {
        return changes.apply(new RemoveOutcome(planId, outcomeId), reason);
    }

    @MutationMapping
    Applied setTarget(@Argument String planId, @Argument String outcomeId, @Argument TargetDetails input,
                      @Argument String reason) {
        return changes.apply(new SetTarget(planId, outcomeId, input), reason);
    }

    @MutationMapping
    Applied reviseTarget(@Argument String planId, @Argument String targetId, @Argument TargetDetails input,
                         @Argument String reason) {
        return changes.apply(new ReviseTarget(planId, targetId, input), reason);
    }

    @MutationMapping
    Applied removeTarget(@Argument String planId, @Argument String targetId, @Argument String reason) {
        return changes.apply(new RemoveTarget(planId, targetId), reason);
    }
}
