package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file written before the compact form (H2's own) opens with it: every event is read, the
 * unique index still finds the old keys and refuses them again, and new events mix with the old
 * ones across a restart.
 */
class CompactStoreFileTest {

    private static final String PLAN = "harrow-bvpp-2004-05";

    @TempDir
    Path directory;

    @Test
    void aFileInTheOldFormOpensAndGrowsInTheNewOne() {
        String file = directory.resolve("plantrail.mv.db").toString();
        EventCollection.on(new H2Backend(file), events -> {
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            for (long sequence = 0; sequence < 50; sequence++) {
                events.insertOne(event(sequence));
            }
        });

        EventCollection.on(DurableH2Backend.open(file), events -> {
            assertEveryEventFoundByItsKey(events, 50);
            assertRefusedAgain(events, 7);
            for (long sequence = 50; sequence < 100; sequence++) {
                events.insertOne(event(sequence));
            }
        });

        EventCollection.on(DurableH2Backend.open(file), events -> {
            assertEveryEventFoundByItsKey(events, 100);
            assertRefusedAgain(events, 7);
            assertRefusedAgain(events, 77);
        });
    }

    private static void assertEveryEventFoundByItsKey(MongoCollection<Document> events, long count) {
        assertThat(events.countDocuments()).isEqualTo(count);
        for (long sequence = 0; sequence < count; sequence++) {
            Document found = events.find(new Document("aggregateIdentifier", PLAN).append("sequenceNumber", sequence)).first();
            assertThat(found).as("event %d", sequence).isNotNull();
            assertThat(found.getString("serializedPayload")).isEqualTo(payload(sequence));
        }
    }

    private static void assertRefusedAgain(MongoCollection<Document> events, long sequence) {
        assertThatThrownBy(() -> events.insertOne(event(sequence)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        refused -> assertThat(refused.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }


    private static Document event(long sequence) {
        return new Document("aggregateIdentifier", PLAN).append("sequenceNumber", sequence).append("type", "Plan")
                .append("serializedPayload", payload(sequence));
    }

    private static String payload(long sequence) {
        return "{\"planId\":\"" + PLAN + "\",\"outcomeId\":\"LRN-E-" + sequence + "\",\"actions\":[\"Web access to catalogue\"]}";
    }
}
