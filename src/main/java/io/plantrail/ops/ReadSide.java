package io.plantrail.ops;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.plantrail.audit.StreamEnds;
import io.plantrail.readmodel.PlanRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Whether the projections have caught up with the event store since this server started, and how far behind they are. */
@Component
class ReadSide {

    private final EventProcessingConfiguration processing;
    private final StreamEnds streamEnds;
    private final PlanRecords plans;
    private final MongoCollection<Document> events;
    private volatile Set<String> plansFound;

    ReadSide(EventProcessingConfiguration processing, StreamEnds streamEnds, PlanRecords plans, MongoDatabase database) {
        this.processing = processing;
        this.streamEnds = streamEnds;
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

    /** The events stored, over all plans, looking for the plans in the whole log again. */
    long eventsStored() {
        long stored = 0;
        for (Map.Entry<String, Long> plan : versionsShown(true).entrySet()) {
            stored += streamEnds.length(plan.getKey(), plan.getValue());
        }
        return stored;
    }

    /** The events stored but not yet shown by the read side, over all plans: a few lookups by key per plan. */
    long eventsBehind() {
        long behind = 0;
        for (Map.Entry<String, Long> plan : versionsShown(false).entrySet()) {
            behind += Math.max(0, streamEnds.length(plan.getKey(), plan.getValue()) - plan.getValue());
        }
        return behind;
    }

    /**
     * The version the read side shows of each plan found in the log (a pass over the whole log, so
     * done again only when asked to) or shown by the read side. A plan begun since the last pass
     * counts once the read side shows it.
     */
    private Map<String, Long> versionsShown(boolean lookAgain) {
        if (lookAgain || plansFound == null) {
            plansFound = events.distinct("aggregateIdentifier", String.class).into(new TreeSet<>());
        }
        Map<String, Long> shown = new TreeMap<>();
        plansFound.forEach(planId -> shown.put(planId, 0L));
        plans.all().forEach(plan -> shown.put(plan.getString("_id"), PlanRecords.versionOf(plan)));
        return shown;
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
