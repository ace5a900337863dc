package io.plantrail.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Where a plan's stream ends, found by looking its events up by their exact key (plan, sequence
 * number), starting from a length the caller expects to be close, such as the read side's version.
 * The unique index answers each lookup on any MongoDB; the sorted query Axon asks for a stream's
 * last sequence number is answered by the embedded store by reading the whole event log, on every
 * health probe. A stream has no holes, since each event is
 * numbered after the one before, so the first key missing after the start is its end.
 */
@Component
public class StreamEnds {

    private final MongoCollection<Document> events;

    StreamEnds(MongoDatabase database) {
        this.events = database.getCollection("domainevents");
    }

    /** The number of events stored in the plan's stream: about 2·log2 of the distance from {@code expected} lookups. */
    public long length(String planId, long expected) {
        long start = Math.max(0, expected);
        return has(planId, start) ? searchUp(planId, start) : searchDown(planId, start);
    }

    /** {@code stored} is stored: doubles the step until a sequence number is missing, then halves the gap. */
    private long searchUp(String planId, long stored) {
        long step = 1;
        long missing = stored + step;
        while (has(planId, missing)) {
            stored = missing;
            step *= 2;
            missing = stored + step;
        }
        return endBetween(planId, stored, missing);
    }

    /** {@code missing} is not stored: doubles the step back until a sequence number is, or the start is passed. */
    private long searchDown(String planId, long missing) {
        long step = 1;
        long stored = missing - step;
        while (stored >= 0 && !has(planId, stored)) {
            missing = stored;
            step *= 2;
            stored = missing - step;
        }
        return endBetween(planId, Math.max(-1, stored), missing);
    }

    /** The first missing sequence number, given one stored (or -1, before the start) and a later one missing. */
    private long endBetween(String planId, long stored, long missing) {
        while (missing - stored > 1) {
            long middle = stored + (missing - stored) / 2;
            if (has(planId, middle)) {
                stored = middle;
            } else {
                missing = middle;
            }
        }
        return missing;
    }

    /** The stored event with this key, or null. */
    Document event(String planId, long sequenceNumber) {
        return events.find(key(planId, sequenceNumber)).first();
    }

    private boolean has(String planId, long sequenceNumber) {
        return events.find(key(planId, sequenceNumber)).projection(Projections.include("_id")).first() != null;
    }

    /** A plain document, not {@code Filters.and}: the embedded store matches only that to the unique index. */
    private static Document key(String planId, long sequenceNumber) {
        return new Document("aggregateIdentifier", planId).append("sequenceNumber", sequenceNumber);
    }
}
