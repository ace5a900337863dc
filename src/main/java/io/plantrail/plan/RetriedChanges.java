package io.plantrail.plan;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.RejectionCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The result of every change sent with an idempotency key, per person: a client that retries
 * (the network dropped the answer) gets the first result instead of making the change twice.
 * Kept in the plan's own events, so it survives restarts and holds across servers.
 */
class RetriedChanges {

    private record FirstChange(ChangeResult result, String fingerprint) {
    }

    private final Map<String, FirstChange> byPersonAndKey = new HashMap<>();

    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequenceNumber,
            @MetaDataValue(ChangeMetadata.IDEMPOTENCY_KEY) String key, @MetaDataValue(ChangeMetadata.ACTOR) String actor,
            @MetaDataValue(ChangeMetadata.ENTITY_ID) String entityId,
            @MetaDataValue(ChangeMetadata.CHANGE_FINGERPRINT) String fingerprint) {
        if (key != null) {
            byPersonAndKey.putIfAbsent(actor + "\n" + key,
                    new FirstChange(new ChangeResult(sequenceNumber + 1, entityId), fingerprint));
        }
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
