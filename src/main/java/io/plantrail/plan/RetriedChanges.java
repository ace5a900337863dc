package io.plantrail.plan;

import io.plantrail.audit.ChangeMetadata;
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

    private final Map<String, ChangeResult> byPersonAndKey = new HashMap<>();

    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequenceNumber,
            @MetaDataValue(ChangeMetadata.IDEMPOTENCY_KEY) String key, @MetaDataValue(ChangeMetadata.ACTOR) String actor,
            @MetaDataValue(ChangeMetadata.ENTITY_ID) String entityId) {
        if (key != null) {
            byPersonAndKey.putIfAbsent(actor + "\n" + key, new ChangeResult(sequenceNumber + 1, entityId));
        }
    }

    Optional<ChangeResult> firstResultOf(MetaData command) {
        String key = (String) command.get(ChangeMetadata.IDEMPOTENCY_KEY);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPersonAndKey.get(command.get(ChangeMetadata.ACTOR) + "\n" + key));
    }
}
