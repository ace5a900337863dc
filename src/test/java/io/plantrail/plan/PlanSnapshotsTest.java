package io.plantrail.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.plantrail.change.ChangeGateway;
import io.plantrail.change.ChangeResult;
import io.plantrail.readmodel.ReadSideCheck;
import io.plantrail.plan.SectionCommands.AddSection;
import io.plantrail.store.SnapshotSerializer;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Harrow plan, snapshotted every 50 events while it is imported: the latest snapshot holds
 * exactly the state that replaying the log up to the same event gives, field by field, and a
 * plan no longer held in memory is loaded from it and changed at the right version. What reads
 * the whole log (the start's check of the import, verifyReadSide) still reads it from the first event.
 */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory", "plantrail.snapshots.every=50"})
class PlanSnapshotsTest {

    private static final String HARROW = "harrow-bvpp-2004-05";
    private static final Serializer STATE = SnapshotSerializer.create();

    @Autowired
    EventStorageEngine engine;

    @Autowired
    ChangeGateway changes;

    @Autowired
    ReadSideCheck readSideCheck;

    @Autowired
    ApplicationContext context;

    @Test
    @Timeout(60)
    void theLatestSnapshotIsTheReplayedStateAndAColdPlanLoadsFromIt() throws InterruptedException {
        long lastEvent = engine.lastSequenceNumberFor(HARROW).orElseThrow();
        DomainEventMessage<?> snapshot = awaitSnapshotNear(lastEvent);

        String snapshotState = stateOf((Plan) snapshot.getPayload());
        assertThat(snapshotState).as("the whole plan, not an empty shell").contains("Visibly improving the street scene");
        assertThat(snapshotState).isEqualTo(stateOf(replayedUpTo(snapshot.getSequenceNumber())));

        assertThatCode(() -> context.getBean("seedLoader", ApplicationRunner.class).run(new DefaultApplicationArguments()))
                .as("the next start finds the whole import, not the snapshot and what follows").doesNotThrowAnyException();
        assertThat(readSideCheck.check(HARROW).ok()).as("verifyReadSide replays events, not the snapshot").isTrue();

        ChangeResult added = changes.sendAs("test.officer", new AddSection(HARROW, "snapshot-check",
                new SectionDetails("Loaded from a snapshot", List.of(), List.of(), null)), "testing snapshots", MetaData.emptyInstance());
        assertThat(added.planVersion()).isEqualTo(lastEvent + 2); // versions count from 1, sequence numbers from 0
    }

    /** Snapshots are taken in the background after the change that crossed the count. */
    private DomainEventMessage<?> awaitSnapshotNear(long lastEvent) {
        return Awaitility.await("a snapshot within the last 50 events").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> engine.readSnapshot(HARROW),
                        snapshot -> snapshot.isPresent() && snapshot.get().getSequenceNumber() > lastEvent - 50)
                .orElseThrow();
    }

    private Plan replayedUpTo(long sequenceNumber) {
        DomainEventStream log = engine.readEvents(HARROW, 0);
        EventSourcedAggregate<Plan> plan = EventSourcedAggregate.initialize(new Plan(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Plan.class), null, NoSnapshotTriggerDefinition.TRIGGER);
        plan.initializeState(DomainEventStream.of(log.asStream().filter(e -> e.getSequenceNumber() <= sequenceNumber)));
        return plan.getAggregateRoot();
    }

    private static String stateOf(Plan plan) {
        return STATE.serialize(plan, String.class).getData();
    }
}
