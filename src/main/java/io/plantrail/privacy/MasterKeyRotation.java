package io.plantrail.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.SecretKey;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which master key generation the store's person keys are wrapped under ({@code master_key}),
 * and the move to a new one after an erasure: add the next key to the key file, re-wrap every
 * person's key, record the new generation, then overwrite the old key in the file. A start after
 * a crash in the middle finishes the move; a second server waits for the first to finish.
 */
final class MasterKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);
    private static final String STATE = "state";
    private static final String CHECK_BINDING = "plantrail master key check";
    private static final byte[] CHECK_TEXT = "plantrail".getBytes(StandardCharsets.US_ASCII);
    private static final Duration WAIT_FOR_OTHER_ROTATION = Duration.ofSeconds(60);

    private final MongoCollection<Document> state;
    private final MongoCollection<Document> personKeys;
    private final MasterKeyFile file;

    record Wrapped(int generation, byte[] bytes) {
    }

    MasterKeyRotation(MongoDatabase database, MongoCollection<Document> personKeys, MasterKeyFile file) {
        this.state = database.getCollection("master_key");
        this.personKeys = personKeys;
        this.file = file;
    }

    /** Checks the key file against the store, sealing legacy plain keys and finishing an interrupted rotation. */
    synchronized void openOrResume() {
        Document current = state.find(Filters.eq("_id", STATE)).first();
        if (current == null) {
            int generation = file.newest();
            wrapLegacyKeys(generation);
            state.updateOne(Filters.eq("_id", STATE), Updates.combine(Updates.set("generation", generation),
                    Updates.set("check", new Binary(check(generation)))), new UpdateOptions().upsert(true));
            return;
        }
        int generation = current.getInteger("generation");
        if (KeyWrap.unwrap(file.key(generation), CHECK_BINDING, current.get("check", Binary.class).getData()).isEmpty()) {
            throw new IllegalStateException("The master key file " + file.location() + " is not the one this store's"
                    + " contacts were sealed with; start with the right key file (plantrail.privacy.master-key-file)");
        }
        wrapLegacyKeys(generation);
        Integer next = current.getInteger("next");
        if (next != null) {
            log.warn("An erasure was interrupted while moving the person keys to a new master key; finishing it");
            if (!file.holds(next)) {
                file.addNext();
            }
            finish(generation, next);
        }
    }

    synchronized Wrapped wrapNew(String personId, SecretKey personKey) {
        Document current = state.find(Filters.eq("_id", STATE)).first();
        Integer next = current.getInteger("next");
        int generation = next != null ? next : current.getInteger("generation");
        return new Wrapped(generation, KeyWrap.wrap(file.key(generation), personId, personKey.getEncoded()));
    }


    SecretKey unwrap(Document personKey) {
        String personId = personKey.getString("_id");
        byte[] wrapped = personKey.get("wrappedKey", Binary.class).getData();
        return PersonKeys.secretKey(KeyWrap.unwrap(file.key(personKey.getInteger("generation")), personId, wrapped)
                .orElseThrow(() -> new IllegalStateException("The key of " + personId + " does not open with the master key")));
    }

    /** Moves every person's key to a new master key and overwrites the old one. */
    synchronized void rotate() {
        int from = claim();
        int to = file.addNext();
        if (to != from + 1) {
            throw new IllegalStateException("The master key file " + file.location() + " is ahead of the store");
        }
        finish(from, to);
        log.info("Person keys moved to master key generation {}; generation {} is overwritten", to, from);
    }

    private int claim() {
        Instant deadline = Instant.now().plus(WAIT_FOR_OTHER_ROTATION);
        while (Instant.now().isBefore(deadline)) {
            Document current = state.find(Filters.eq("_id", STATE)).first();
            int generation = current.getInteger("generation");
            Document claimed = state.findOneAndUpdate(Filters.and(Filters.eq("_id", STATE),
                    Filters.eq("generation", generation), Filters.exists("next", false)), Updates.set("next", generation + 1));
            if (claimed != null) {
                return generation;
            }
            pause();
        }
        throw new IllegalStateException("Another server has been changing the master key for a minute; erase again later");
    }

    private void finish(int from, int to) {
        long moved;
        do {
            moved = rewrap(from, to);
        } while (moved > 0);
        state.updateOne(Filters.eq("_id", STATE), Updates.combine(Updates.set("generation", to),
                Updates.set("check", new Binary(check(to))), Updates.unset("next")));
        rewrap(from, to);
        file.retireBefore(to);
    }

    private long rewrap(int from, int to) {
        long moved = 0;
        for (Document personKey : personKeys.find(Filters.eq("generation", from))) {
            String personId = personKey.getString("_id");
            byte[] raw = unwrap(personKey).getEncoded();
            byte[] rewrapped = KeyWrap.wrap(file.key(to), personId, raw);
            Arrays.fill(raw, (byte) 0);
            moved += personKeys.updateOne(Filters.and(Filters.eq("_id", personId), Filters.eq("generation", from)),
                    Updates.combine(Updates.set("wrappedKey", new Binary(rewrapped)), Updates.set("generation", to)))
                    .getModifiedCount();
        }
        return moved;
    }

    private void wrapLegacyKeys(int generation) {
        for (Document legacy : personKeys.find(Filters.exists("wrappedKey", false))) {
            String personId = legacy.getString("_id");
            byte[] wrapped = KeyWrap.wrap(file.key(generation), personId, legacy.get("key", Binary.class).getData());
            personKeys.updateOne(Filters.eq("_id", personId), Updates.combine(Updates.set("wrappedKey", new Binary(wrapped)),
                    Updates.set("generation", generation), Updates.unset("key")));
        }
    }

    private byte[] check(int generation) {
        return KeyWrap.wrap(file.key(generation), CHECK_BINDING, CHECK_TEXT);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another server's key change", e);
        }
    }
}
