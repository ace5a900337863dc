package io.plantrail.api;

import java.util.List;
import org.bson.Document;

/** A field's value as JSON text, so any field of any entity can be shown in a history. */
final class FieldValues {

    private FieldValues() {
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        return new Document("v", value instanceof List<?> list ? list : value).toJson()
                .replaceFirst("^\\{\"v\": ", "").replaceFirst("}$", "");
    }
}
