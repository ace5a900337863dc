package io.plantrail.privacy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * One encryption key per person, in the {@code person_keys} collection, wrapped under the master
 * key and found again by a hash of the person's name (or phone, where no name is printed).
 * Erasing a person deletes the document and then moves every other person's key to a new master
 * key ({@link MasterKeyRotation}), so the erased key's bytes, wherever the store's file still
 * holds them, are sealed under a key that no longer exists.
 */
@Component
class PersonKeys {

    /** Another server may erase a person; a cached key is trusted only this long. */
    private static final Duration CACHE_LIFE = Duration.ofSeconds(30);

    private final MongoCollection<Document> keys;
    private final MasterKeyRotation master;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(SecretKey key, Instant loaded) {
    }

    record PersonKey(String personId, SecretKey key) {
    }

    PersonKeys(MongoDatabase database, MasterKeyFile masterKeyFile) {
        this.keys = database.getCollection("person_keys");
        keys.createIndex(Indexes.ascending("lookup"), new IndexOptions().unique(true));
        this.master = new MasterKeyRotation(database, keys, masterKeyFile);
        master.openOrResume();
    }

    PersonKey keyFor(String name, String phone) {
        String lookup = lookup(name != null ? "name:" + normalised(name) : "phone:" + normalised(phone));
        Document found = findOrCreate(lookup);
        String personId = found.getString("_id");
        SecretKey key = master.unwrap(found);
        cache.put(personId, new Cached(key, Instant.now()));
        return new PersonKey(personId, key);
    }

    Optional<SecretKey> find(String personId) {
        Cached cached = cache.get(personId);
        if (cached != null && cached.loaded().plus(CACHE_LIFE).isAfter(Instant.now())) {
            return Optional.of(cached.key());
        }
        Document found = keys.find(Filters.eq("_id", personId)).first();
        if (found == null) {
            cache.remove(personId);
            return Optional.empty();
        }
        SecretKey key = master.unwrap(found);
        cache.put(personId, new Cached(key, Instant.now()));
        return Optional.of(key);
    }

    boolean erase(String personId) {
        cache.remove(personId);
        boolean deleted = keys.deleteOne(Filters.eq("_id", personId)).getDeletedCount() > 0;
        if (deleted) {
            master.rotate();
        }
        return deleted;
    }


    /** Every person's key as stored: wrapped under the master key, so it is no use without the key file. */
    List<Document> wrapped() {
        return keys.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** Refuses a wrapped key that does not open with this store's master key file. */
    void check(Document wrapped) {
        master.unwrap(wrapped);
    }

    /** Stores a wrapped key from another store, once {@link #check checked}; false where the store already had it. */
    boolean restore(Document wrapped) {
        Document there = keys.find(Filters.eq("_id", wrapped.getString("_id"))).first();
        if (there != null) {
            if (!there.equals(wrapped)) {
                throw new IllegalStateException("The store already holds a different key for " + wrapped.getString("_id"));
            }
            return false;
        }
        keys.insertOne(wrapped);
        return true;
    }

    private Document findOrCreate(String lookup) {
        Document existing = keys.find(Filters.eq("lookup", lookup)).first();
        if (existing != null) {
            return existing;
        }
        String personId = "P-" + UUID.randomUUID();
        MasterKeyRotation.Wrapped wrapped = master.wrapNew(personId, KeyWrap.newKey());
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        try {
            return keys.findOneAndUpdate(Filters.eq("lookup", lookup), Updates.combine(
                    Updates.setOnInsert("_id", personId),
                    Updates.setOnInsert("wrappedKey", new Binary(wrapped.bytes())),
                    Updates.setOnInsert("generation", wrapped.generation()),
                    Updates.setOnInsert("created", Instant.now().toString())), upsert);
        } catch (MongoWriteException raceLostToAnotherServer) {
            return keys.find(Filters.eq("lookup", lookup)).first();
        }
    }

    static SecretKey secretKey(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    private static String normalised(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String lookup(String identity) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
