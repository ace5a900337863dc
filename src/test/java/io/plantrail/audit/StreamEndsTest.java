package io.plantrail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.plantrail.store.MemoryStoreCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stream's end is found from any starting guess, by lookups on the unique index's own keys only. */
class StreamEndsTest {

    private static final int LONG_STREAM = 1000;

    private final MemoryStoreCommands store = new MemoryStoreCommands();
    private StreamEnds streamEnds;

    @BeforeEach
    void start() {
        MongoClient client = store.client();
        MongoCollection<Document> events = client.getDatabase("plantrail").getCollection("domainevents");
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
        store(events, "one-event", 1);
        store(events, "two-events", 2);
        store(events, "long", LONG_STREAM);
        streamEnds = new StreamEnds(client.getDatabase("plantrail"));
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void theLengthIsFoundFromAGuessBelowAtOrAboveIt() {
        for (long guess : new long[] {-1, 0, 1, 2, 3, 499, 998, 999, 1000, 1001, 1500, 1_000_000}) {
            assertThat(streamEnds.length("long", guess)).as("guessed %d", guess).isEqualTo(LONG_STREAM);
            assertThat(streamEnds.length("one-event", guess)).as("guessed %d", guess).isEqualTo(1);
            assertThat(streamEnds.length("two-events", guess)).as("guessed %d", guess).isEqualTo(2);
            assertThat(streamEnds.length("no-such-plan", guess)).as("guessed %d", guess).isZero();
        }
    }

    @Test
    void aGoodGuessCostsTwoLookupsAndAnyGuessALogarithmicNumber() {
        streamEnds.length("long", LONG_STREAM);
        assertThat(store.sent("find")).hasSize(2);
        store.forget();
        streamEnds.length("long", 0);
        assertThat(store.sent("find")).hasSizeLessThanOrEqualTo(2 * 11);
    }

    @Test
    void everyLookupIsAnExactKeyWithNoSort() {
        streamEnds.length("long", 0);
        streamEnds.length("long", 5000);
        assertThat(store.sent("find")).isNotEmpty().allSatisfy(find -> {
            assertThat(find.getDocument("filter").keySet()).isEqualTo(Set.of("aggregateIdentifier", "sequenceNumber"));
            assertThat(find.containsKey("sort")).isFalse();
        });
    }

    private static void store(MongoCollection<Document> events, String planId, int count) {
        List<Document> stream = new ArrayList<>();
        for (long sequence = 0; sequence < count; sequence++) {
            stream.add(new Document("aggregateIdentifier", planId).append("sequenceNumber", sequence)
                    .append("eventIdentifier", planId + "-" + sequence));
        }
        events.insertMany(stream);
    }
}
