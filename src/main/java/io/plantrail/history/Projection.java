package io.plantrail.history;

import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** Records one event on the read side, then marks the plan as caught up with its version. */
@Component
class Projection {

    static final String GROUP = "plan-projection";

    private final EntityVersions versions;
    private final PlanRecords plans;

    Projection(EntityVersions versions, PlanRecords plans) {
        this.versions = versions;
        this.plans = plans;
    }

    void added(DomainEventMessage<?> message, EntityKind kind, String id, String parentId, Record details) {
        apply(message, change -> versions.added(change, kind, id, parentId, details));
    }

    void revised(DomainEventMessage<?> message, String id, Record details) {
        apply(message, change -> versions.revised(change, id, details));
    }

    void removed(DomainEventMessage<?> message, String id) {
        apply(message, change -> versions.removed(change, id));
    }

    void apply(DomainEventMessage<?> message, Consumer<Change> update) {
        Change change = Change.of(message);
        update.accept(change);
        plans.caughtUpWith(change);
    }
}
