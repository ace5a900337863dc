package io.plantrail.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Events as axon-mongo stores them, one document each; a plan's new snapshot replaces its old one
 * without the old one being sent back. axon-mongo replaces it with find-one-and-replace, which
 * answers with the document replaced: the whole previous snapshot (7 MB at 100,000 events, most of
 * it the changes remembered for retries), read, sent and decoded for nothing every 500 events.
 */
class SnapshotReplacedUnread extends DocumentPerEventStorageStrategy {

    @Override
    public void appendSnapshot(MongoCollection<Document> snapshotCollection, DomainEventMessage<?> snapshot,
                               Serializer serializer) {
        snapshotCollection.replaceOne(new Document(eventConfiguration().aggregateIdentifierProperty(),
                        snapshot.getAggregateIdentifier()),
                createSnapshotDocument(snapshot, serializer), new ReplaceOptions().upsert(true));
    }
}
