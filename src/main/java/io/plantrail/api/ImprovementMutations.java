package io.plantrail.api;

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
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Changes to the improvement plan: priority areas, tasks and progress. */
@Controller
@OfficersOnly
class ImprovementMutations {

    private final Changes changes;

    ImprovementMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    Applied addPriorityArea(@Argument String planId, @Argument PriorityAreaDetails input, @Argument String reason) {
        return changes.apply(new AddPriorityArea(planId, input), reason);
    }

    @MutationMapping
    Applied revisePriorityArea(@Argument String planId, @Argument String areaId, @Argument PriorityAreaDetails input,
                               @Argument String reason) {
        return changes.apply(new RevisePriorityArea(planId, areaId, input), reason);
    }

    @MutationMapping
    Applied removePriorityArea(@Argument String planId, @Argument String areaId, @Argument String reason) {
        return changes.apply(new RemovePriorityArea(planId, areaId), reason);
    }

    @MutationMapping
    Applied addTask(@Argument String planId, @Argument String areaId, @Argument TaskDetails input,
                    @Argument String reason) {
        return changes.apply(new AddTask(planId, areaId, input), reason);
    }

    @MutationMapping
    Applied reviseTask(@Argument String planId, @Argument String taskId, @Argument TaskDetails input,
                       @Argument String reason) {
        return changes.apply(new ReviseTask(planId, taskId, input), reason);
    }

    @MutationMapping
    Applied removeTask(@Argument String planId, @Argument String taskId, @Argument String reason) {
        return changes.apply(new RemoveTask(planId, taskId), reason);
    }

    @MutationMapping
    Applied recordTaskProgress(@Argument String planId, @Argument String taskId, @Argument ProgressEntryDetails input,
                               @Argument String reason) {
        return changes.apply(new RecordTaskProgress(planId, taskId, input), reason);
    }

    @MutationMapping
    Applied reviseTaskProgress(@Argument String planId, @Argument String entryId,
                               @Argument ProgressEntryDetails input, @Argument String reason) {
        return changes.apply(new ReviseTaskProgress(planId, entryId, input), reason);
    }

    @MutationMapping
    Applied removeTaskProgress(@Argument String planId, @Argument String entryId, @Argument String reason) {
        return changes.apply(new RemoveTaskProgress(planId, entryId), reason);
    }
}
