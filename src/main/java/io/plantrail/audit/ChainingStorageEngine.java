package io.plantrail.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Stores events with their link in the plan's integrity chain: before the engine writes a batch,
 * each event gets the hash of its stored form chained to the previous event of its stream.
 */
public class ChainingStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final Serializer serializer;

    public ChainingStorageEngine(EventStorageEngine delegate, Serializer serializer) {
        this.delegate = delegate;
        this.serializer = serializer;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, String> heads = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            chained.add(event instanceof DomainEventMessage<?> domain ? chain(domain, heads) : event);
        }
        delegate.appendEvents(chained);
    }

    private EventMessage<?> chain(DomainEventMessage<?> event, Map<String, String> heads) {
        String stream = event.getAggregateIdentifier();
        String previous = heads.computeIfAbsent(stream, id -> storedHead(id, event.getSequenceNumber()));
        DomainEventMessage<?> formatted = event.andMetaData(Map.of(HashChain.FORMAT, HashChain.CURRENT_FORMAT));
        SerializedObject<String> payload = formatted.serializePayload(serializer, String.class);
        String hash = HashChain.hash(previous, new HashChain.StoredEvent(formatted.getIdentifier(), stream,
                formatted.getSequenceNumber(), DateTimeUtils.formatInstant(formatted.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), formatted.getMetaData()));
        heads.put(stream, hash);
        return formatted.andMetaData(Map.of(HashChain.HASH, hash));
    }

    private String storedHead(String stream, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return HashChain.GENESIS;
        }
        DomainEventStream previous = delegate.readEvents(stream, sequenceNumber - 1);
        return previous.hasNext()
                ? (String) previous.next().getMetaData().getOrDefault(HashChain.HASH, HashChain.GENESIS)
                : HashChain.GENESIS;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
