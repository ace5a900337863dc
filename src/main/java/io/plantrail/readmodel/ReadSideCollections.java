package io.plantrail.readmodel;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The read side's collections are written without waiting for the journal: they are rebuilt from
 * the log, and the processor's token, which is written durably after them, cannot reach the disk
 * (or a majority) before they do, so a crash at worst replays a few events onto idempotent updates.
 */
final class ReadSideCollections {

    private ReadSideCollections() {
    }

    static MongoCollection<Document> of(MongoDatabase database, String name) {
        return database.getCollection(name).withWriteConcern(WriteConcern.W1);
    }
}
