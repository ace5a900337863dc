package io.plantrail.readmodel;

import static io.plantrail.readmodel.EntityKind.MEASURE;
import static io.plantrail.readmodel.EntityKind.READING;

import io.plantrail.monitoring.events.MeasureDefined;
import io.plantrail.monitoring.events.MeasureRevised;
import io.plantrail.monitoring.events.ReadingRecorded;
import io.plantrail.monitoring.events.ReadingRestated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps every version of the measures and their readings. A reading's versions are what was
 * known of its period at each point: the first report, then each restatement.
 */
@Component
@ProcessingGroup(Projection.GROUP)
class MonitoringProjector {

    private final Projection projection;

    MonitoringProjector(Projection projection) {
        this.projection = projection;
    }

    @EventHandler
    void on(MeasureDefined event, DomainEventMessage<?> message) {
        projection.added(message, MEASURE, event.measureId(), event.planId(), event.details());
    }

    @EventHandler
    void on(MeasureRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.measureId(), event.details());
    }

    @EventHandler
    void on(ReadingRecorded event, DomainEventMessage<?> message) {
        projection.added(message, READING, event.readingId(), event.measureId(), event.details());
    }

    @EventHandler
    void on(ReadingRestated event, DomainEventMessage<?> message) {
        projection.revised(message, event.readingId(), event.details());
    }
}
