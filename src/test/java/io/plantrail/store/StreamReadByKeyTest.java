package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan's stream is read event by event by the unique index's own keys. The embedded store
 * answers such a lookup by the index only when the filter is those two keys as they are; written
 * as an {@code $and}, each lookup read the whole log.
 */
class StreamReadByKeyTest {

    private final MemoryStoreCommands store = new MemoryStoreCommands();
    private MongoCollection<Document> events;

    @BeforeEach
    void start() {
        events = store.client().getDatabase("plantrail").getCollection("domainevents");
        for (long sequence = 0; sequence < 3; sequence++) {
            events.insertOne(event("plan-1", sequence));
            events.insertOne(event("plan-2", sequence));
        }
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void readsTheStreamFromASequenceNumberToItsEnd() {
        List<? extends DomainEventData<?>> read = new StreamReadByKey().findDomainEvents(events, "plan-1", 1, 100);

        assertThat(read).extracting(DomainEventData::getSequenceNumber).containsExactly(1L, 2L);
        assertThat(read).extracting(DomainEventData::getAggregateIdentifier).containsOnly("plan-1");
    }

    @Test
    void eachLookupIsTheUniqueIndexsKeysAsTheyAre() {
        new StreamReadByKey().findDomainEvents(events, "plan-1", 0, 100);

        assertThat(store.sent("find")).hasSize(4); // three events, and the lookup that finds the stream's end
        assertThat(store.sent("find")).allSatisfy(find -> assertThat(find.getDocument("filter").keySet())
                .isEqualTo(Set.of("aggregateIdentifier", "sequenceNumber")));
    }

    private static Document event(String plan, long sequence) {
        return new Document("aggregateIdentifier", plan).append("sequenceNumber", sequence).append("type", "Plan")
                .append("eventIdentifier", plan + "-" + sequence).append("timestamp", "2026-12-01T10:00:00Z")
                .append("payloadType", "OutcomeRevised").append("payloadRevision", "1")
                .append("serializedPayload", "{}").append("serializedMetaData", "{}");
    }
}
