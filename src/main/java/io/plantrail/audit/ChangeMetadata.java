package io.plantrail.audit;

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

    private ChangeMetadata() {
    }

    public static MetaData of(String actor, String reason, Instant time) {
        return MetaData.from(Map.of(ACTOR, actor, REASON, reason, TIME, time.toString()));
    }
}
