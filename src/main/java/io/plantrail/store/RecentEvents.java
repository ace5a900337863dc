package io.plantrail.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import io.plantrail.audit.ForwardingStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;

/**
 * Hands the projection the events this process has just stored, from memory, instead of asking
 * the store for them. The embedded store has no usable index on an event's time, so each time the
 * projection asked "what is new since my token" it read the whole event log: the cost of every
 * change grew with the history (measured in BENCHMARKS.md). Two minutes of events are held,
 * whatever the history. Used only with the in-process embedded store, where this process
 * is the one writer, so the events it stored since it started are all the events there are; a
 * token older than that (catching up after a start, a rebuild) is answered by the store.
 * <p>
 * The answer is the one the store gives: the same events, in the same order (time, then sequence),
 * with the same tokens, their times cut to the millisecond as stored.
 */
final class RecentEvents extends ForwardingStorageEngine {

    /** The look-back of axon-mongo's tracking tokens (its default, which plantrail keeps). */
    private static final Duration LOOK_BACK = Duration.ofMillis(1000);
    private static final Duration KEPT_FOR = Duration.ofMinutes(2);

    /** In the order the store answers in: by time, then sequence number, then as stored here. */
    private final NavigableMap<Place, DomainEventMessage<?>> recent = new TreeMap<>();
    private long arrivals;
    private Instant coveredFrom;
    /**
     * A token from before this process started that the store had nothing new after. Every event
     * stored since is one this process stored and holds, so memory answers it too (until the
     * oldest of those is let go). Without it, an idle server after a restart asked the store, and
     * read the whole log, at every poll until the next change.
     */
    private TrackingToken storeHadNothingAfter;

    RecentEvents(EventStorageEngine store) {
        super(store);
        this.coveredFrom = asStored(Instant.now());
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
        remember(events);
    }

    private synchronized void remember(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                Instant time = asStored(domain.getTimestamp());
                recent.put(new Place(time, domain.getSequenceNumber(), arrivals++),
                        new GenericDomainEventMessage<>(domain.getType(), domain.getAggregateIdentifier(),
                                domain.getSequenceNumber(), domain.getPayload(), domain.getMetaData(),
                                domain.getIdentifier(), time));
            }
        }
        forgetOlderThan(asStored(Instant.now()).minus(KEPT_FOR));
    }

    private void forgetOlderThan(Instant cutOff) {
        SortedMap<Place, DomainEventMessage<?>> older = recent.headMap(Place.first(cutOff));
        if (older.isEmpty()) {
            return;
        }
        older.clear();
        if (cutOff.isAfter(coveredFrom)) {
            coveredFrom = cutOff;
            storeHadNothingAfter = null;
        }
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Optional<List<TrackedEventMessage<?>>> held = fromMemory(trackingToken);
        if (held.isPresent()) {
            return held.get().stream();
        }
        Stream<? extends TrackedEventMessage<?>> fromStore = delegate.readEvents(trackingToken, mayBlock);
        Iterator<? extends TrackedEventMessage<?>> stored = fromStore.iterator();
        if (!stored.hasNext()) {
            storeHadNothingAfter(trackingToken);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(stored, Spliterator.ORDERED), false)
                .onClose(fromStore::close);
    }

    private synchronized void storeHadNothingAfter(TrackingToken trackingToken) {
        storeHadNothingAfter = trackingToken;
    }

    /** What the store's query would answer, if every event it could answer with is held here. */
    private synchronized Optional<List<TrackedEventMessage<?>>> fromMemory(TrackingToken trackingToken) {
        if (!(trackingToken instanceof MongoTrackingToken token)) {
            return Optional.empty();
        }
        Instant since = token.getTimestamp().minus(LOOK_BACK);
        if (since.isBefore(coveredFrom) && !token.equals(storeHadNothingAfter)) {
            return Optional.empty();
        }
        List<TrackedEventMessage<?>> tracked = new ArrayList<>();
        MongoTrackingToken at = token;
        for (DomainEventMessage<?> event : recent.tailMap(Place.first(since), true).values()) {
            if (!token.getKnownEventIds().contains(event.getIdentifier())) {
                at = at.advanceTo(event.getTimestamp(), event.getIdentifier(), LOOK_BACK);
                tracked.add(new GenericTrackedDomainEventMessage<>(at, event));
            }
        }
        return Optional.of(tracked);
    }

    /** Where an event falls in the store's order; {@code arrival} keeps events equal in both apart, in the order they came. */
    private record Place(Instant time, long sequenceNumber, long arrival) implements Comparable<Place> {

        private static final Comparator<Place> ORDER = Comparator.comparing(Place::time)
                .thenComparingLong(Place::sequenceNumber).thenComparingLong(Place::arrival);

        /** Before every event of this time. */
        static Place first(Instant time) {
            return new Place(time, Long.MIN_VALUE, Long.MIN_VALUE);
        }

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    private static Instant asStored(Instant time) {
        return DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(time));
    }
}
