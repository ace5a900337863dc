package io.plantrail.api;

import io.plantrail.history.Node;
import io.plantrail.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An outcome's contacts and a task's officers, revealed from their sealed form, or marked erased. */
@Controller
class ContactFields {

    private final PersonalData personalData;

    ContactFields(PersonalData personalData) {
        this.personalData = personalData;
    }

    @SchemaMapping(typeName = "Outcome", field = "contacts")
    List<Map<String, Object>> contacts(Node outcome) {
        return personalData.reveal((List<?>) outcome.get("contacts"));
    }

    @SchemaMapping(typeName = "Task", field = "officers")
    List<Map<String, Object>> officers(Node task) {
        return personalData.reveal((List<?>) task.get("officers"));
    }
}
