package io.plantrail.api;

import io.plantrail.privacy.PersonalData;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** A field's value as JSON text, so any field of any entity can be shown in a history or a diff. */
@Component
class FieldValues {

    private final PersonalData personalData;

    FieldValues(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Contacts are shown revealed (or erased), never as their sealed text. */
    String json(String field, Object value) {
        if (value == null) {
            return "null";
        }
        Object shown = field.equals("contacts") && value instanceof List<?> contacts ? personalData.reveal(contacts) : value;
        return new Document("v", shown).toJson()
                .replaceFirst("^\\{\"v\": ", "").replaceFirst("}$", "");
    }
}
