package io.plantrail.readmodel;

import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Records one event on the read side, then marks the plan as caught up with its version. */
@Component
class Projection {

    static final String GROUP = "plan-projection";

    private final EntityVersions versions;
    private final PlanRecords plans;
    private final ChangeLog log;
    private final ReadSideProgress progress;
    private final LiveChanges live;
    private final ReadSideWriter writer;

    Projection(EntityVersions versions, PlanRecords plans, ChangeLog log, ReadSideProgress progress, LiveChanges live,
               ReadSideWriter writer) {
        this.writer = writer;
        this.versions = versions;
        this.plans = plans;
        this.log = log;
        this.progress = progress;
        this.live = live;
    }

    void added(DomainEventMessage<?> message, EntityKind kind, String id, String parentId, Record details) {
        apply(message, id, change -> versions.added(change, kind, id, parentId, details));
    }

    void revised(DomainEventMessage<?> message, String id, Record details) {
        apply(message, id, change -> versions.revised(change, id, details));
    }

    void removed(DomainEventMessage<?> message, String id) {
        apply(message, id, change -> versions.removed(change, id));
    }

    void apply(DomainEventMessage<?> message, String entityId, Consumer<Change> update) {
        Change change = Change.of(message);
        update.accept(change);
        Document entry = log.record(change, entityId);
        plans.caughtUpWith(change);
        writer.afterwards(() -> {
            versions.caughtUpWith(change);
            live.stored(entry);
            progress.applied(change.planId(), change.planVersion());
        });
    }
}
