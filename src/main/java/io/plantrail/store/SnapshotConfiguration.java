package io.plantrail.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A snapshot of the plan's state every so many events: every change loads its plan from the
 * latest snapshot and the events after it, not from its whole log, so the count bounds what a
 * change replays. Snapshots are taken in the background, after the change that crossed the
 * count has been answered; they are a cache of the log and never part of its chain.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotTaker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "plan-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SpringAggregateSnapshotter snapshotter(EventStore eventStore, ExecutorService snapshotTaker) {
        return SpringAggregateSnapshotter.builder().eventStore(eventStore).executor(snapshotTaker).build();
    }

    /** Referred to by name from the plan's {@code @Aggregate}. */
    @Bean
    SnapshotTriggerDefinition planSnapshots(Snapshotter snapshotter,
                                            @Value("${plantrail.snapshots.every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
