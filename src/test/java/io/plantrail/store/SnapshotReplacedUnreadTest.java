package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan keeps one snapshot, its newest, stored as bytes; storing it never asks for the one it
 * replaces, and a snapshot stored as text by an older version still loads.
 */
class SnapshotReplacedUnreadTest {

    private final MemoryStoreCommands store = new MemoryStoreCommands();
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        engine = engine(new SnapshotReplacedUnread());
        engine.ensureIndexes();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void theNewestSnapshotReplacesTheOldAndIsTheOneRead() {
        store.forget();
        engine.storeSnapshot(snapshot("plan-a", 499, "first"));
        engine.storeSnapshot(snapshot("plan-b", 20, "other plan"));
        engine.storeSnapshot(snapshot("plan-a", 999, "second"));

        assertThat(store.names()).as("no find-and-modify, which sends the replaced snapshot back").doesNotContain("findAndModify");
        assertThat(snapshots().countDocuments()).isEqualTo(2);
        DomainEventMessage<?> read = engine.readSnapshot("plan-a").orElseThrow();
        assertThat(read.getSequenceNumber()).isEqualTo(999);
        assertThat(read.getPayload()).isEqualTo(Map.of("state", "second"));
    }

    @Test
    void theSnapshotIsStoredAsBytesAndReadBackWithEveryCharacter() {
        String text = "Café – 10 % of £2.3m, 市役所, 🏛️ and a NUL \u0000 too";
        engine.storeSnapshot(snapshot("plan-a", 499, text));

        Document stored = snapshots().find().first();
        assertThat(stored.get("serializedPayload")).isInstanceOf(Binary.class);
        assertThat(stored.get("serializedMetaData")).isInstanceOf(Binary.class);
        DomainEventMessage<?> read = engine.readSnapshot("plan-a").orElseThrow();
        assertThat(read.getPayload()).isEqualTo(Map.of("state", text));
        assertThat(read.getMetaData()).isEqualTo(Map.of("by", "snapshotter"));
        assertThat(read.getAggregateIdentifier()).isEqualTo("plan-a");
        assertThat(read.getType()).isEqualTo("Plan");
    }

    @Test
    void aSnapshotStoredAsTextBeforeStillLoadsAndIsReplacedByBytes() {
        MongoEventStorageEngine older = engine(new DocumentPerEventStorageStrategy());
        older.storeSnapshot(snapshot("plan-a", 499, "stored as text"));
        assertThat(snapshots().find().first().get("serializedPayload")).isInstanceOf(String.class);

        assertThat(engine.readSnapshot("plan-a").orElseThrow().getPayload()).isEqualTo(Map.of("state", "stored as text"));
        engine.storeSnapshot(snapshot("plan-a", 999, "stored as bytes"));
        assertThat(snapshots().countDocuments()).isEqualTo(1);
        assertThat(engine.readSnapshot("plan-a").orElseThrow().getPayload()).isEqualTo(Map.of("state", "stored as bytes"));
    }

    private MongoCollection<Document> snapshots() {
        return store.client().getDatabase("events").getCollection("snapshotevents");
    }

    private MongoEventStorageEngine engine(DocumentPerEventStorageStrategy strategy) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(store.client(), "events").build())
                .storageStrategy(strategy)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build();
    }

    private static DomainEventMessage<?> snapshot(String plan, long sequence, String state) {
        return new GenericDomainEventMessage<>("Plan", plan, sequence, new HashMap<>(Map.of("state", state)),
                MetaData.with("by", "snapshotter"));
    }
}
