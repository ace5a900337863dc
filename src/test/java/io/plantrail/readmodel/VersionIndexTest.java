package io.plantrail.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory index of a plan's versions is thrown away only when the read side was really emptied. */
class VersionIndexTest {

    private static final String PLAN = "plan";

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private ReadSideWriter writer;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("plantrail");
        writer = new ReadSideWriter(database);
        database.getCollection(PlanRecords.COLLECTION).insertOne(new Document("_id", PLAN).append("version", 1L));
        database.getCollection(EntityVersions.COLLECTION).insertOne(new Document("_id", Span.documentId(PLAN, "O-1", 1))
                .append("planId", PLAN).append("entityId", "O-1").append("kind", EntityKind.OUTCOME.name())
                .append("parentId", "P-1").append("ordinal", 1L).append("from", 1L).append("to", null));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    /**
     * A reader asks the store how far the read side has got just before the projector stores the
     * next version and moves the index on: the store's answer is then behind the index, though
     * nothing was emptied. Reloading then read every version of the plan, with the projector kept
     * waiting: two seconds at 100k events, at every such overlap.
     */
    @Test
    void aReaderOverlappingTheProjectorKeepsTheIndex() {
        FlushDuringRead records = new FlushDuringRead(database, writer);
        VersionIndex index = indexReading(records);
        index.of(PLAN);
        index.written(PLAN).put(new Span(PLAN, "O-2", EntityKind.OUTCOME, "P-1", 2, 2, null));

        records.duringNextRead = () -> {
            database.getCollection(PlanRecords.COLLECTION).updateOne(Filters.eq("_id", PLAN), Updates.set("version", 2L));
            index.written(PLAN).caughtUpWith(2);
        };
        PlanSpans spans = index.of(PLAN);

        assertThat(spans.has("O-2")).as("the index the projector is writing, not one read again from the store").isTrue();
        assertThat(spans.upTo()).isEqualTo(2);
    }

    @Test
    void anEmptiedReadSideIsReadAgain() {
        VersionIndex index = indexReading(new PlanRecords(database, writer));
        index.of(PLAN);
        database.getCollection(EntityVersions.COLLECTION).deleteMany(new Document());
        database.getCollection(PlanRecords.COLLECTION).updateOne(Filters.eq("_id", PLAN), Updates.set("version", 0L));

        assertThat(index.of(PLAN).has("O-1")).isFalse();
    }

    private VersionIndex indexReading(PlanRecords records) {
        return new VersionIndex(ReadSideCollections.of(database, EntityVersions.COLLECTION),
                new ChangeLog(database, records, writer), records);
    }

    /** The store's version read as it stood, with the projector's flush landing during the read. */
    private static final class FlushDuringRead extends PlanRecords {

        private Runnable duringNextRead = () -> { };

        FlushDuringRead(MongoDatabase database, ReadSideWriter writer) {
            super(database, writer);
        }

        @Override
        public long version(String planId) {
            long version = super.version(planId);
            Runnable flush = duringNextRead;
            duringNextRead = () -> { };
            flush.run();
            return version;
        }
    }
}
