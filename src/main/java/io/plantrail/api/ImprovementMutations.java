package io.plantrail.api;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.api.Changes.Applied;
import io.plantrail.improvement.ImprovementCommands.AddPriorityArea;
import io.plantrail.improvement.ImprovementCommands.AddTask;
import io.plantrail.improvement.ImprovementCommands.RecordTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RemovePriorityArea;
import io.plantrail.improvement.ImprovementCommands.RemoveTask;
import io.plantrail.improvement.ImprovementCommands.RemoveTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RevisePriorityArea;
import io.plantrail.improvement.ImprovementCommands.ReviseTask;
import io.plantrail.improvement.ImprovementCommands.ReviseTaskProgress;
import io.plantrail.improvement.PriorityAreaDetails;
import io.plantrail.improvement.ProgressEntryDetails;
import io.plantrail.improvement.TaskDetails;
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
    Applied addPriorityArea(@Argument String planId, @Argument PriorityAreaDetails input, @Arguments ChangeIntent intent) {
        return changes.apply(new AddPriorityArea(planId, input), intent);
    }

    @MutationMapping
    Applied revisePriorityArea(@Argument String planId, @Argument String areaId, @Argument PriorityAreaDetails input,
                               @Arguments ChangeIntent intent,
                               DataFetchingEnvironment environment) {
        return changes.apply(new RevisePriorityArea(planId, areaId, input, ClearedFields.of(environment)), intent.on(areaId));
    }

    @MutationMapping
    Applied removePriorityArea(@Argument String planId, @Argument String areaId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemovePriorityArea(planId, areaId), intent.on(areaId));
    }

    @MutationMapping
    Applied addTask(@Argument String planId, @Argument String areaId, @Argument TaskDetails input,
                    @Arguments ChangeIntent intent) {
        return changes.apply(new AddTask(planId, areaId, personalData.sealOfficersOf(input)), intent);
    }

    @MutationMapping
    Applied reviseTask(@Argument String planId, @Argument String taskId, @Argument TaskDetails input,
                       @Arguments ChangeIntent intent,
                       DataFetchingEnvironment environment) {
        return changes.apply(new ReviseTask(planId, taskId, personalData.sealOfficersOf(input), ClearedFields.of(environment)), intent.on(taskId));
    }

    @MutationMapping
    Applied removeTask(@Argument String planId, @Argument String taskId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveTask(planId, taskId), intent.on(taskId));
    }

    @MutationMapping
    Applied recordTaskProgress(@Argument String planId, @Argument String taskId, @Argument ProgressEntryDetails input,
                               @Arguments ChangeIntent intent) {
        return changes.apply(new RecordTaskProgress(planId, taskId, input), intent);
    }

    @MutationMapping
    Applied reviseTaskProgress(@Argument String planId, @Argument String entryId,
                               @Argument ProgressEntryDetails input, @Arguments ChangeIntent intent,
                               DataFetchingEnvironment environment) {
        return changes.apply(new ReviseTaskProgress(planId, entryId, input, ClearedFields.of(environment)), intent.on(entryId));
    }

    @MutationMapping
    Applied removeTaskProgress(@Argument String planId, @Argument String entryId, @Arguments ChangeIntent intent) {
        return changes.apply(new RemoveTaskProgress(planId, entryId), intent.on(entryId));
    }
}
