package io.plantrail.readmodel;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.StoredEvent;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;

/**
 * One event of a plan's stream as the read side records it: what happened, to which plan
 * version it brought the plan, who did it and why.
 */
public record Change(String planId, long planVersion, String type, String actor, String reason, Instant time,
                     String correlationId, String traceId) {

    /** The name the event is stored under, as planHistory(eventType:) filters by it. */
    private static String typeOf(Class<?> payloadType) {
        StoredEvent stored = payloadType.getAnnotation(StoredEvent.class);
        return stored != null ? stored.value() : payloadType.getSimpleName();
    }

    static Change of(DomainEventMessage<?> message) {
        var metaData = message.getMetaData();
        return new Change(message.getAggregateIdentifier(), message.getSequenceNumber() + 1,
                typeOf(message.getPayloadType()),
                (String) metaData.getOrDefault(ChangeMetadata.ACTOR, "unknown"),
                (String) metaData.get(ChangeMetadata.REASON),
                message.getTimestamp(),
                (String) metaData.get(ChangeMetadata.CORRELATION_ID),
                (String) metaData.get(ChangeMetadata.TRACE_ID));
    }

    Document toDocument() {
        return new Document("type", type).append("planVersion", planVersion).append("actor", actor)
                .append("reason", reason).append("time", time.toString())
                .append("correlationId", correlationId).append("traceId", traceId);
    }
}
