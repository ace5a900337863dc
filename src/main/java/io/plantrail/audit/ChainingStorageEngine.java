package io.plantrail.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Stores events with their link in the plan's integrity chain: before the engine writes a batch,
 * each event gets the hash of its stored form chained to the previous event of its stream.
 */
public class ChainingStorageEngine extends ForwardingStorageEngine {

    private final Serializer serializer;
    /** The last link this engine stored in each stream, so the next append need not read it back. */
    private final Map<String, Link> lastStored = new ConcurrentHashMap<>();

    private record Link(long sequenceNumber, String hash) {
    }

    public ChainingStorageEngine(EventStorageEngine delegate, Serializer serializer) {
        super(delegate);
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
        remember(chained);
    }

    private void remember(List<EventMessage<?>> stored) {
        for (EventMessage<?> event : stored) {
            if (event instanceof DomainEventMessage<?> domain) {
                lastStored.put(domain.getAggregateIdentifier(),
                        new Link(domain.getSequenceNumber(), (String) domain.getMetaData().get(HashChain.HASH)));
            }
        }
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
        Link last = lastStored.get(stream);
        if (last != null && last.sequenceNumber() == sequenceNumber - 1) {
            return last.hash();
        }
        DomainEventStream previous = delegate.readEvents(stream, sequenceNumber - 1);
        return previous.hasNext()
                ? (String) previous.next().getMetaData().getOrDefault(HashChain.HASH, HashChain.GENESIS)
                : HashChain.GENESIS;
    }
}
