package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.PriorityAreaInput;
import io.plantrail.graphql.input.ProgressInput;
import io.plantrail.graphql.input.TaskInput;
import io.plantrail.improvement.ImprovementCommands.AddPriorityArea;
import io.plantrail.improvement.ImprovementCommands.AddTask;
import io.plantrail.improvement.ImprovementCommands.RecordTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RemovePriorityArea;
import io.plantrail.improvement.ImprovementCommands.RemoveTask;
import io.plantrail.improvement.ImprovementCommands.RemoveTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RevisePriorityArea;
import io.plantrail.improvement.ImprovementCommands.ReviseTask;
import io.plantrail.improvement.ImprovementCommands.ReviseTaskProgress;
import io.plantrail.privacy.PersonalData;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to the improvement plan: priority areas, tasks and progress. */
@Controller
@OfficersOnly
class ImprovementMutations {

    private final Changes changes;
    private final PersonalData personalData;

    ImprovementMutations(Changes changes, PersonalData personalData) {
        this.changes = changes;
        this.personalData = personalData;
    }

    @MutationMapping
    Applied addPriorityArea(@Argument String planId, @Argument PriorityAreaInput input, @Arguments ChangeIntent intent) {
        return changes.apply(new AddPriorityArea(planId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied revisePriorityArea(@Argument String planId, @Argument String areaId, @Argument PriorityAreaInput input,
                               @Arguments ChangeIntent intent,
                               DataFetchingEnvironment environment) {
        return changes.apply(new RevisePriorityArea(planId, areaId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removePriorityArea(@Argument String planId, @Argument String areaId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemovePriorityArea(planId, areaId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied addTask(@Argument String planId, @Argument String areaId, @Argument TaskInput input,
                    @Arguments ChangeIntent intent) {
        return changes.apply(new AddTask(planId, areaId, personalData.sealOfficersOf(input.toDetails())), intent);
    }

    @MutationMapping
    Applied reviseTask(@Argument String planId, @Argument String taskId, @Argument TaskInput input,
                       @Arguments ChangeIntent intent,
                       DataFetchingEnvironment environment) {
        return changes.apply(new ReviseTask(planId, taskId, personalData.sealOfficersOf(input.toDetails()),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeTask(@Argument String planId, @Argument String taskId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveTask(planId, taskId, intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied recordTaskProgress(@Argument String planId, @Argument String taskId, @Argument ProgressInput input,
                               @Arguments ChangeIntent intent) {
        return changes.apply(new RecordTaskProgress(planId, taskId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseTaskProgress(@Argument String planId, @Argument String entryId,
                               @Argument ProgressInput input, @Arguments ChangeIntent intent,
                               DataFetchingEnvironment environment) {
        return changes.apply(new ReviseTaskProgress(planId, entryId, input.toDetails(),
                ClearedFields.of(environment), intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied removeTaskProgress(@Argument String planId, @Argument String entryId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveTaskProgress(planId, entryId, intent.expectedVersion()), intent);
    }
}
