package io.plantrail.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Checks the read side against the log: the plan's events are projected again, into a scratch
 * database that is dropped afterwards, and every entity version and log entry the live read side
 * serves is compared with the one the events make. A figure, an actor or a reason changed in the
 * read side behind the application's back shows up here, though the hash chain cannot see it.
 */
@Component
public class ReadSideCheck {

    private static final String ENTRY_KEY = "_id";

    private final MongoClient client;
    private final MongoDatabase live;
    private final EventStore eventStore;
    private final PlanRecords plans;

    public record Difference(String entityId, long planVersion, String problem) {
    }

    public record Report(String planId, boolean ok, long checkedVersion, int checkedEntries, List<Difference> differences) {
    }

    ReadSideCheck(MongoClient client, MongoDatabase live, EventStore eventStore, PlanRecords plans) {
        this.client = client;
        this.live = live;
        this.eventStore = eventStore;
        this.plans = plans;
    }

    /** Compares the read side with the log up to the version the read side has reached. */
    public Report check(String planId) {
        long upTo = plans.version(planId);
        MongoDatabase scratch = client.getDatabase(live.getName() + "-check-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            replay(planId, upTo, scratch);
            List<Difference> differences = new ArrayList<>();
            int entries = compare(planId, upTo, EntityVersions.COLLECTION, "from", scratch, differences);
            entries += compare(planId, upTo, ChangeLog.COLLECTION, "planVersion", scratch, differences);
            return new Report(planId, differences.isEmpty(), upTo, entries, differences);
        } finally {
            scratch.drop();
        }
    }

    private void replay(String planId, long upTo, MongoDatabase scratch) {
        ReadSideWriter writer = new ReadSideWriter(scratch);
        PlanRecords scratchPlans = new PlanRecords(scratch, writer);
        ChangeLog scratchLog = new ChangeLog(scratch, scratchPlans, writer);
        Projection projection = new Projection(new EntityVersions(scratch, scratchLog, scratchPlans, writer), scratchPlans,
                scratchLog, new ReadSideProgress(scratchPlans), new LiveChanges(), writer);
        List<EventMessageHandler> projectors = List.of(new AnnotationEventHandlerAdapter(new PlanProjector(projection, scratchPlans)),
                new AnnotationEventHandlerAdapter(new BudgetProjector(projection)),
                new AnnotationEventHandlerAdapter(new ImprovementProjector(projection)));
        // every event from the first, never the latest snapshot
        eventStore.readEvents(planId, 0).asStream().takeWhile(event -> event.getSequenceNumber() < upTo)
                .forEach(event -> projectors.forEach(projector -> handle(projector, event)));
    }

    private static void handle(EventMessageHandler projector, DomainEventMessage<?> event) {
        try {
            if (projector.canHandle(event)) {
                projector.handle(event);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Event " + event.getSequenceNumber() + " of " + event.getAggregateIdentifier()
                    + " could not be projected again", e);
        }
    }

    private int compare(String planId, long upTo, String collection, String versionField, MongoDatabase scratch,
                        List<Difference> differences) {
        Map<Object, Document> served = byKey(live.getCollection(collection), planId, upTo, versionField);
        Map<Object, Document> replayed = byKey(scratch.getCollection(collection), planId, upTo, versionField);
        for (Map.Entry<Object, Document> entry : replayed.entrySet()) {
            Document liveEntry = served.remove(entry.getKey());
            if (liveEntry == null) {
                differences.add(difference(entry.getValue(), "missing from the read side (" + collection + ")"));
            } else if (!Objects.equals(asAt(liveEntry, upTo), asAt(entry.getValue(), upTo))) {
                differences.add(difference(entry.getValue(), "differs from what the log makes it (" + collection + "): "
                        + changedFields(asAt(liveEntry, upTo), asAt(entry.getValue(), upTo))));
            }
        }
        served.values().forEach(extra -> differences.add(difference(extra, "not made by any event in the log (" + collection + ")")));
        return replayed.size();
    }

    private static Map<Object, Document> byKey(MongoCollection<Document> collection, String planId, long upTo, String versionField) {
        Map<Object, Document> entries = new LinkedHashMap<>();
        collection.find(and(eq("planId", planId), lte(versionField, upTo))).forEach(entry -> entries.put(entry.get(ENTRY_KEY), entry));
        return entries;
    }

    /** A version closed by a change after {@code upTo} was still current then. */
    private static Document asAt(Document entry, long upTo) {
        Document copy = new Document(entry);
        if (copy.get("to") instanceof Number to && to.longValue() > upTo) {
            copy.put("to", null);
        }
        return copy;
    }

    private static String changedFields(Document served, Document replayed) {
        List<String> fields = new ArrayList<>();
        for (String field : replayed.keySet()) {
            if (!Objects.equals(served.get(field), replayed.get(field))) {
                fields.add(field);
            }
        }
        served.keySet().stream().filter(field -> !replayed.containsKey(field)).forEach(fields::add);
        return String.join(", ", fields);
    }

    private static Difference difference(Document entry, String problem) {
        Object version = entry.containsKey("from") ? entry.get("from") : entry.get("planVersion");
        String entityId = entry.getString("entityId");
        return new Difference(entityId, version instanceof Number number ? number.longValue() : 0, problem);
    }
}
