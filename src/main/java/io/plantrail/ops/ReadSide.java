package io.plantrail.ops;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.plantrail.history.PlanRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Whether the projections have caught up with the event store since this server started, and how far behind they are. */
@Component
class ReadSide {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final PlanRecords plans;
    private final MongoCollection<Document> events;

    ReadSide(EventProcessingConfiguration processing, EventStore eventStore, PlanRecords plans, MongoDatabase database) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.plans = plans;
        this.events = database.getCollection("domainevents");
    }

    /**
     * True once every processor here has reached the end of the log at least once (not "not
     * replaying": a processor's first token is a replay token that may stay one long after it has
     * caught up). A server whose processors run elsewhere, on another node, looks at the stored
     * read side instead: caught up when it shows every stored event.
     */
    boolean caughtUp() {
        List<EventTrackerStatus> statuses = statuses();
        if (statuses.isEmpty()) {
            return eventsBehind() == 0;
        }
        return statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    boolean inError() {
        return statuses().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    /** The events stored, over all plans. */
    long eventsStored() {
        long stored = 0;
        for (String planId : events.distinct("aggregateIdentifier", String.class)) {
            stored += eventStore.lastSequenceNumberFor(planId).map(last -> last + 1).orElse(0L);
        }
        return stored;
    }

    /** The events stored but not yet shown by the read side, over all plans. */
    long eventsBehind() {
        long behind = 0;
        for (String planId : events.distinct("aggregateIdentifier", String.class)) {
            long stored = eventStore.lastSequenceNumberFor(planId).map(last -> last + 1).orElse(0L);
            behind += Math.max(0, stored - plans.version(planId));
        }
        return behind;
    }

    private List<EventTrackerStatus> statuses() {
        List<EventTrackerStatus> statuses = new ArrayList<>();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            if (segments.isEmpty()) {
                return List.of();
            }
            statuses.addAll(segments.values());
        }
        return statuses;
    }
}
