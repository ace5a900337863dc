package io.plantrail.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * One entity as stored on the read side, asked about as at a plan version: where it sits, the
 * version that made it so, its details as written and the change that wrote them.
 */
public record StoredVersion(String planId, String entityId, EntityKind kind, String parentId, long since, long asAt,
                            Document details, Document change) {

    static StoredVersion of(Document version, long asAt) {
        return new StoredVersion(version.getString("planId"), version.getString("entityId"),
                EntityKind.valueOf(version.getString("kind")), version.getString("parentId"), version.getLong("from"),
                asAt, version.get("details", Document.class), version.get("change", Document.class));
    }

    /** Its details with where it sits and who changed it last, read as one record of this type. */
    public <T> T as(Class<T> type) {
        Map<String, Object> fields = new LinkedHashMap<>(details);
        fields.put("id", entityId);
        fields.put("planId", planId);
        fields.put("parentId", parentId);
        fields.put("asAt", asAt);
        fields.putIfAbsent("version", since); // a draft's own version is the one it marks
        fields.put("lastChange", change);
        return ContentCodec.read(fields, type);
    }
}
