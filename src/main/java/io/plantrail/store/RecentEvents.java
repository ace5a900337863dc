package io.plantrail.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
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
 * change grew with the history. Used only with the in-process embedded store, where this process
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

    private final Deque<DomainEventMessage<?>> recent = new ArrayDeque<>();
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
                recent.addLast(new GenericDomainEventMessage<>(domain.getType(), domain.getAggregateIdentifier(),
                        domain.getSequenceNumber(), domain.getPayload(), domain.getMetaData(), domain.getIdentifier(),
                        asStored(domain.getTimestamp())));
            }
        }
        forgetOlderThan(asStored(Instant.now()).minus(KEPT_FOR));
    }

    /** Drops the oldest events; one stored out of time order stays a little longer, which is harmless. */
    private void forgetOlderThan(Instant cutOff) {
        boolean dropped = false;
        while (!recent.isEmpty() && recent.peekFirst().getTimestamp().isBefore(cutOff)) {
            recent.removeFirst();
            dropped = true;
        }
        if (dropped && cutOff.isAfter(coveredFrom)) {
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
        List<DomainEventMessage<?>> found = new ArrayList<>();
        for (DomainEventMessage<?> event : recent) {
            if (!event.getTimestamp().isBefore(since) && !token.getKnownEventIds().contains(event.getIdentifier())) {
                found.add(event);
            }
        }
        found.sort(Comparator.comparing(DomainEventMessage<?>::getTimestamp)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        List<TrackedEventMessage<?>> tracked = new ArrayList<>(found.size());
        MongoTrackingToken at = token;
        for (DomainEventMessage<?> event : found) {
            at = at.advanceTo(event.getTimestamp(), event.getIdentifier(), LOOK_BACK);
            tracked.add(new GenericTrackedDomainEventMessage<>(at, event));
        }
        return Optional.of(tracked);
    }

    private static Instant asStored(Instant time) {
        return DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(time));
    }
}
