package io.plantrail.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Events as axon-mongo stores them, one document each; a plan's snapshot kept as one document,
 * its newest, written as bytes and replaced without the old one being sent back.
 * <p>
 * axon-mongo replaces a snapshot with find-one-and-replace, which answers with the document
 * replaced: the whole previous snapshot (most of it the changes remembered for retries), read, sent
 * and decoded for nothing every 500 events. And it stores the snapshot's JSON as a string, which
 * the MongoDB driver writes into BSON a character at a time; as bytes (the same UTF-8 JSON) it is
 * written whole (BENCHMARKS.md has the figures).
 * Snapshots stored as a string before still load.
 */
class SnapshotReplacedUnread extends DocumentPerEventStorageStrategy {

    @Override
    public void appendSnapshot(MongoCollection<Document> snapshotCollection, DomainEventMessage<?> snapshot,
                               Serializer serializer) {
        snapshotCollection.replaceOne(new Document(eventConfiguration().aggregateIdentifierProperty(),
                        snapshot.getAggregateIdentifier()),
                createSnapshotDocument(snapshot, serializer), new ReplaceOptions().upsert(true));
    }

    @Override
    protected Document createSnapshotDocument(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<byte[]> payload = snapshot.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = snapshot.serializeMetaData(serializer, byte[].class);
        EventEntryConfiguration names = eventConfiguration();
        return new Document(names.aggregateIdentifierProperty(), snapshot.getAggregateIdentifier())
                .append(names.typeProperty(), snapshot.getType())
                .append(names.sequenceNumberProperty(), snapshot.getSequenceNumber())
                .append(names.payloadProperty(), new Binary(payload.getData()))
                .append(names.timestampProperty(), DateTimeUtils.formatInstant(snapshot.getTimestamp()))
                .append(names.payloadTypeProperty(), payload.getType().getName())
                .append(names.payloadRevisionProperty(), payload.getType().getRevision())
                .append(names.metaDataProperty(), new Binary(metaData.getData()))
                .append(names.eventIdentifierProperty(), snapshot.getIdentifier());
    }

    @Override
    protected DomainEventData<?> extractSnapshot(Document stored) {
        EventEntryConfiguration names = eventConfiguration();
        if (!(stored.get(names.payloadProperty()) instanceof Binary payload)) {
            return super.extractSnapshot(stored);
        }
        return new GenericDomainEventEntry<>(stored.getString(names.typeProperty()),
                stored.getString(names.aggregateIdentifierProperty()),
                ((Number) stored.get(names.sequenceNumberProperty())).longValue(),
                stored.getString(names.eventIdentifierProperty()), stored.getString(names.timestampProperty()),
                stored.getString(names.payloadTypeProperty()), stored.getString(names.payloadRevisionProperty()),
                payload.getData(), stored.get(names.metaDataProperty(), Binary.class).getData());
    }
}
