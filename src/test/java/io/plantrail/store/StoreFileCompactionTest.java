package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store file that is mostly free space is copied at start into a smaller one holding exactly the same. */
class StoreFileCompactionTest {

    private static final int EVENTS = 3_000;
    private static final int KEPT_EVERY = 10;

    @TempDir
    Path directory;

    @Test
    void aMostlyFreeFileIsReplacedByItsLiveDataAndReadsAsBefore() throws Exception {
        Path file = directory.resolve("plantrail.mv.db");
        EventCollection.on(new H2Backend(file.toString()), events -> { // H2's own form, and its dead chunks kept
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            for (int sequence = 0; sequence < EVENTS; sequence++) {
                events.insertOne(event(sequence));
            }
            events.deleteMany(Filters.not(Filters.in("sequenceNumber", kept())));
        });
        long before = Files.size(file);

        StoreFileCompaction.compactIfMostlyFree(file, 0);

        assertThat(Files.size(file)).isLessThan(before / 4);
        assertThat(directory.resolve("plantrail.mv.db.compacting")).doesNotExist();
        EventCollection.on(DurableH2Backend.open(file.toString()), events -> {
            assertThat(events.countDocuments()).isEqualTo(EVENTS / KEPT_EVERY);
            for (int sequence : kept()) {
                Document found = events.find(new Document("aggregateIdentifier", "plan").append("sequenceNumber", sequence)).first();
                assertThat(found).as("event %d", sequence).isNotNull();
                assertThat(found.getString("payload")).isEqualTo(event(sequence).getString("payload"));
            }
            assertThatThrownBy(() -> events.insertOne(event(KEPT_EVERY)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            refused -> assertThat(refused.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            events.insertOne(event(EVENTS));
        });
    }

    @Test
    void aFileMostlyLiveIsLeftAsItIs() throws Exception {
        Path file = directory.resolve("plantrail.mv.db");
        EventCollection.on(DurableH2Backend.open(file.toString()), events -> {
            for (int sequence = 0; sequence < 500; sequence++) {
                events.insertOne(event(sequence));
            }
        });
        Object before = Files.getAttribute(file, "unix:ino");

        StoreFileCompaction.compactIfMostlyFree(file, 0);

        assertThat(Files.getAttribute(file, "unix:ino")).as("the same file, not a copy").isEqualTo(before);
    }

    private static java.util.List<Integer> kept() {
        return java.util.stream.IntStream.range(0, EVENTS).filter(n -> n % KEPT_EVERY == 0).boxed().toList();
    }


    /** An event whose payload does not deflate, so that the file's size is the events' size. */
    private static Document event(int sequence) {
        byte[] noise = new byte[1500];
        new Random(sequence).nextBytes(noise);
        return new Document("aggregateIdentifier", "plan").append("sequenceNumber", sequence)
                .append("payload", HexFormat.of().formatHex(noise));
    }
}
