package io.plantrail.graphql;

import io.plantrail.privacy.PersonalData;
import java.util.List;
import org.springframework.stereotype.Component;

/** A field's value as a reader may see it, so any field of any entity can be shown in a history or a diff. */
@Component
class FieldValues {

    private final PersonalData personalData;

    FieldValues(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Contacts are shown revealed (or erased), never as their sealed text. */
    Object shown(String field, Object value) {
        return field.equals("contacts") && value instanceof List<?> contacts ? personalData.reveal(contacts) : value;
    }
}
