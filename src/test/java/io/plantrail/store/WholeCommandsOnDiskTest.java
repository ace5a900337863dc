package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the file holds at any moment is a whole number of write commands. While one insert command
 * of 15 MB of events runs (the driver splits an insert at about 16 MB or 1,000 documents; H2 left
 * to itself committed once about 10 MB of them were in), the file is copied again and again, as a
 * crash would leave it; each copy, opened as the store would be on the next start, holds none of
 * that insert or all of it.
 */
class WholeCommandsOnDiskTest {

    private static final int EVENTS_IN_ONE_COMMAND = 500;
    private static final int PAYLOAD_CHARACTERS = 30_000;
    private static final long COPY_EVERY_MILLIS = 25;

    @TempDir
    Path directory;

    @Test
    void noCopyOfTheFileTakenDuringALargeInsertHoldsPartOfIt() {
        Path file = directory.resolve("plantrail.mv.db");
        List<Path> copies = new ArrayList<>();
        EventCollection.on(DurableH2Backend.open(file.toString()), events -> {
            Random random = new Random(42);
            events.withWriteConcern(WriteConcern.JOURNALED).insertOne(event(0, random));
            List<Document> oneCommand = new ArrayList<>();
            for (long sequence = 1; sequence <= EVENTS_IN_ONE_COMMAND; sequence++) {
                oneCommand.add(event(sequence, random));
            }
            AtomicBoolean inserting = new AtomicBoolean(true);
            CompletableFuture<Void> copying = CompletableFuture.runAsync(() -> {
                while (inserting.get()) {
                    copies.add(copy(file, directory.resolve("crashed-" + copies.size() + ".mv.db")));
                    pause();
                }
            });
            try {
                events.insertMany(oneCommand);
            } finally {
                inserting.set(false);
                copying.join();
            }
        });

        assertThat(copies).hasSizeGreaterThan(1);
        for (Path copy : copies) {
            EventCollection.on(DurableH2Backend.open(copy.toString()), events ->
                    assertThat(events.countDocuments()).as(copy.toString()).isIn(1L, 1L + EVENTS_IN_ONE_COMMAND));
        }
    }

    private static Document event(long sequence, Random random) {
        return new Document("aggregateIdentifier", "harrow-bvpp-2004-05").append("sequenceNumber", sequence)
                .append("serializedPayload", letters(random));
    }

    /** Letters that do not compress away, so the store holds as many bytes as were sent. */
    private static String letters(Random random) {
        StringBuilder text = new StringBuilder(PAYLOAD_CHARACTERS);
        for (int i = 0; i < PAYLOAD_CHARACTERS; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(COPY_EVERY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
