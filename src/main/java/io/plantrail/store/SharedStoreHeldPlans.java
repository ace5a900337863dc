package io.plantrail.store;

import io.plantrail.audit.HeldPlans;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * On a store other nodes may write to, a plan held in memory is checked against the head of its
 * log before a refusal is believed. A change accepted on a copy that is behind cannot be stored:
 * its sequence number is already taken, and the unique index refuses it.
 */
final class SharedStoreHeldPlans implements HeldPlans {

    private final EventStorageEngine events;
    private final Cache planCache;

    SharedStoreHeldPlans(EventStorageEngine events, Cache planCache) {
        this.events = events;
        this.planCache = planCache;
    }

    @Override
    public boolean dropIfBehind(String planId, long planVersion) {
        long stored = events.lastSequenceNumberFor(planId).map(sequence -> sequence + 1).orElse(0L);
        if (stored <= planVersion) {
            return false;
        }
        planCache.remove(planId);
        return true;
    }
}
