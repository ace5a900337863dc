package io.plantrail.readmodel;

import java.time.Instant;
import org.bson.Document;

/** One entry of a plan's log as readers see it: the event, the entity it touched, who, why and when. */
public record LoggedChange(long planVersion, String type, String entityId, String actor, String reason, Instant time,
                           String correlationId, String traceId) {

    public static LoggedChange of(Document entry) {
        return new LoggedChange(entry.getLong("planVersion"), entry.getString("type"), entry.getString("entityId"),
                entry.getString("actor"), entry.getString("reason"), Instant.parse(entry.getString("time")),
                entry.getString("correlationId"), entry.getString("traceId"));
    }
}
