package io.plantrail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stream's end is found from any starting guess, by lookups on the unique index's own keys only. */
class StreamEndsTest {

    private static final int LONG_STREAM = 1000;

    private final List<BsonDocument> finds = new CopyOnWriteArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private StreamEnds streamEnds;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        CommandListener findCommands = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.add(event.getCommand().clone());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(findCommands).build());
        MongoCollection<Document> events = client.getDatabase("plantrail").getCollection("domainevents");
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
        store(events, "one-event", 1);
        store(events, "two-events", 2);
        store(events, "long", LONG_STREAM);
        streamEnds = new StreamEnds(client.getDatabase("plantrail"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
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
        assertThat(finds).hasSize(2);
        finds.clear();
        streamEnds.length("long", 0);
        assertThat(finds).hasSizeLessThanOrEqualTo(2 * 11);
    }

    @Test
    void everyLookupIsAnExactKeyWithNoSort() {
        streamEnds.length("long", 0);
        streamEnds.length("long", 5000);
        assertThat(finds).isNotEmpty().allSatisfy(find -> {
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
