package io.plantrail.change;

import java.time.Instant;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * What every event says about itself besides its payload: who made the change, why, and when.
 * The correlation id (the command's id) and trace id (shared by one import) are Axon's own.
 */
public final class ChangeMetadata {

    public static final String ACTOR = "actor";
    public static final String REASON = "reason";
    public static final String TIME = "time";
    public static final String CORRELATION_ID = "correlationId";
    public static final String TRACE_ID = "traceId";
    /** The entity an event changed (ENV-A-1): what a later expected version is checked against. */
    public static final String ENTITY_ID = "entityId";
    /** The client's key for one change: a retry with the same key gets the first result. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** A hash of what the change asked for, kept with its idempotency key (see ChangeFingerprint). */
    public static final String CHANGE_FINGERPRINT = "changeFingerprint";

    private ChangeMetadata() {
    }

    public static MetaData of(String actor, String reason, Instant time) {
        return MetaData.from(Map.of(ACTOR, actor, REASON, reason, TIME, time.toString()));
    }
}
