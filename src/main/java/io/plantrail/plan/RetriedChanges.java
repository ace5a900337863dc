package io.plantrail.plan;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.RejectionCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The result of every change sent with an idempotency key, per person: a client that retries
 * (the network dropped the answer) gets the first result instead of making the change twice.
 * Kept in the plan's own events, so it survives restarts and holds across servers.
 * <p>
 * A key is remembered for {@link #REMEMBERED_FOR} after its change, counted in the plan's own event
 * times, and only among the last {@link #AT_MOST} keyed changes (so a replay forgets exactly what
 * the live plan forgot). Remembering every key ever used made the plan's state grow with its whole
 * history: at about 75,000 keyed changes its snapshot passed MongoDB's 16 MB document limit and
 * could no longer be stored, and so could it within a day, had the changes come that fast.
 */
class RetriedChanges {

    /** As long as the usual idempotency windows (a day); a client retries within minutes. */
    static final Duration REMEMBERED_FOR = Duration.ofHours(24);
    /** A bound on the snapshot's size well under MongoDB's document limit, and far more retries than a council makes. */
    static final int AT_MOST = 20_000;

    private record FirstChange(ChangeResult result, String fingerprint, Instant madeAt) {
    }

    /** Oldest first: the order the changes were made in. */
    private final LinkedHashMap<String, FirstChange> byPersonAndKey = new LinkedHashMap<>();

    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequenceNumber, @Timestamp Instant madeAt,
            @MetaDataValue(ChangeMetadata.IDEMPOTENCY_KEY) String key, @MetaDataValue(ChangeMetadata.ACTOR) String actor,
            @MetaDataValue(ChangeMetadata.ENTITY_ID) String entityId,
            @MetaDataValue(ChangeMetadata.CHANGE_FINGERPRINT) String fingerprint) {
        dateUndatedKeys(madeAt);
        forgetOldKeys(madeAt.minus(REMEMBERED_FOR));
        if (key != null) {
            byPersonAndKey.putIfAbsent(actor + "\n" + key,
                    new FirstChange(new ChangeResult(sequenceNumber + 1, entityId), fingerprint, madeAt));
        }
    }

    private void forgetOldKeys(Instant cutoff) {
        Iterator<FirstChange> oldestFirst = byPersonAndKey.values().iterator();
        while (oldestFirst.hasNext()) {
            FirstChange oldest = oldestFirst.next();
            if (!oldest.madeAt().isBefore(cutoff) && byPersonAndKey.size() < AT_MOST) {
                return;
            }
            oldestFirst.remove();
        }
    }

    /**
     * A snapshot taken before keys had a time holds them without one: they count from the first
     * change after it was loaded, so none is forgotten sooner than a day after the upgrade.
     */
    private void dateUndatedKeys(Instant now) {
        if (byPersonAndKey.isEmpty() || byPersonAndKey.values().iterator().next().madeAt() != null) {
            return;
        }
        byPersonAndKey.replaceAll((key, first) -> first.madeAt() != null ? first
                : new FirstChange(first.result(), first.fingerprint(), now));
    }

    /**
     * The first result of a change retried under its key; a different change under a used key is
     * refused, so no one is told "done" for an edit that was never stored. (Changes stored before
     * fingerprints were kept have none, and are matched by key alone.)
     */
    Optional<ChangeResult> firstResultOf(MetaData command) {
        String key = (String) command.get(ChangeMetadata.IDEMPOTENCY_KEY);
        if (key == null) {
            return Optional.empty();
        }
        FirstChange first = byPersonAndKey.get(command.get(ChangeMetadata.ACTOR) + "\n" + key);
        if (first == null) {
            return Optional.empty();
        }
        Object fingerprint = command.get(ChangeMetadata.CHANGE_FINGERPRINT);
        if (first.fingerprint() != null && fingerprint != null && !first.fingerprint().equals(fingerprint)) {
            throw new ChangeRejected(RejectionCode.CONFLICT, "This idempotency key was already used for a different "
                    + "change (plan version " + first.result().planVersion() + "); nothing was stored. "
                    + "Send a new change with a new key.", Map.of("keyUsedAtVersion", first.result().planVersion()));
        }
        return Optional.of(first.result());
    }
}
