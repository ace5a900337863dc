package io.plantrail.plan;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.RejectionCode;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * For each entity the plan has ever held, the version and person of its last change. A change
 * sent with the version its author last saw is refused if someone changed the entity since:
 * two officers editing at once cannot silently overwrite each other.
 */
class LastChanges {

    private record LastChange(long version, String actor) {
    }

    private final Map<String, LastChange> byEntity = new HashMap<>();

    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequenceNumber,
            @MetaDataValue(ChangeMetadata.ENTITY_ID) String entityId, @MetaDataValue(ChangeMetadata.ACTOR) String actor) {
        if (entityId != null) {
            byEntity.put(entityId, new LastChange(sequenceNumber + 1, actor));
        }
    }

    void requireExpectedVersion(ChangeToExisting change) {
        if (change.expectedVersion() == null) {
            return;
        }
        String entityId = change.entityId();
        LastChange last = byEntity.get(entityId);
        long expectedVersion = change.expectedVersion();
        if (last != null && last.version() != expectedVersion) {
            throw new ChangeRejected(RejectionCode.CONFLICT, "'" + entityId + "' was changed by " + last.actor()
                    + " (now at plan version " + last.version() + ") since the version " + expectedVersion
                    + " you started from; nothing was stored. Reload it to see their change, then make yours again.",
                    Map.of("currentVersion", last.version(), "changedBy", String.valueOf(last.actor())));
        }
    }
}
