package io.plantrail.readmodel;

import static io.plantrail.readmodel.EntityKind.IMPROVEMENT_AREA;
import static io.plantrail.readmodel.EntityKind.PROGRESS_ENTRY;
import static io.plantrail.readmodel.EntityKind.TASK;

import io.plantrail.improvement.events.PriorityAreaAdded;
import io.plantrail.improvement.events.PriorityAreaRemoved;
import io.plantrail.improvement.events.PriorityAreaRevised;
import io.plantrail.improvement.events.TaskAdded;
import io.plantrail.improvement.events.TaskProgressRecorded;
import io.plantrail.improvement.events.TaskProgressRemoved;
import io.plantrail.improvement.events.TaskProgressRevised;
import io.plantrail.improvement.events.TaskRemoved;
import io.plantrail.improvement.events.TaskRevised;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps every version of the improvement plan: priority areas, tasks and progress entries. */
@Component
@ProcessingGroup(Projection.GROUP)
class ImprovementProjector {

    private final Projection projection;

    ImprovementProjector(Projection projection) {
        this.projection = projection;
    }

    @EventHandler
    void on(PriorityAreaAdded event, DomainEventMessage<?> message) {
        projection.added(message, IMPROVEMENT_AREA, event.areaId(), event.planId(), event.details());
    }

    @EventHandler
    void on(PriorityAreaRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.areaId(), event.details());
    }

    @EventHandler
    void on(PriorityAreaRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.areaId());
    }

    @EventHandler
    void on(TaskAdded event, DomainEventMessage<?> message) {
        projection.added(message, TASK, event.taskId(), event.areaId(), event.details());
    }

    @EventHandler
    void on(TaskRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.taskId(), event.details());
    }

    @EventHandler
    void on(TaskRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.taskId());
    }

    @EventHandler
    void on(TaskProgressRecorded event, DomainEventMessage<?> message) {
        projection.added(message, PROGRESS_ENTRY, event.entryId(), event.taskId(), event.details());
    }

    @EventHandler
    void on(TaskProgressRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.entryId(), event.details());
    }

    @EventHandler
    void on(TaskProgressRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.entryId());
    }
}
