package io.plantrail.store;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

/**
 * Reads a plan's stream on the embedded store event by event, each by its exact key (plan and
 * sequence number), which the unique index answers. The range query axon-mongo sends (sequence
 * number at least n) is answered there by reading the whole event log, once per batch: loading a
 * plan from its snapshot cost as much as the log was long. On a real MongoDB the range query uses
 * the index, and this class is not used.
 */
final class StreamReadByKey extends SnapshotReplacedUnread {

    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> collection,
                                                               String aggregateIdentifier, long firstSequenceNumber,
                                                               int batchSize) {
        List<DomainEventData<?>> batch = new ArrayList<>(batchSize);
        for (long sequence = firstSequenceNumber; sequence < firstSequenceNumber + batchSize; sequence++) {
            Document stored = collection.find(key(aggregateIdentifier, sequence)).first();
            if (stored == null) {
                break;
            }
            extractEvents(stored).forEach(batch::add);
        }
        return batch;
    }

    /**
     * A plain document, not {@code Filters.and(eq, eq)}: the driver writes that as an {@code $and},
     * which the embedded store does not match to the unique index, so each event read the whole
     * log.
     */
    private Document key(String aggregateIdentifier, long sequence) {
        return new Document(eventConfiguration().aggregateIdentifierProperty(), aggregateIdentifier)
                .append(eventConfiguration().sequenceNumberProperty(), sequence);
    }
}
