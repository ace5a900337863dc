package io.plantrail.graphql;

import io.plantrail.readmodel.part.Outcome;
import io.plantrail.readmodel.part.Task;
import io.plantrail.privacy.PersonalData;
import io.plantrail.privacy.RevealedContact;
import java.util.List;
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
    List<RevealedContact> contacts(Outcome outcome) {
        return personalData.reveal(outcome.contacts());
    }

    @SchemaMapping(typeName = "Task", field = "officers")
    List<RevealedContact> officers(Task task) {
        return personalData.reveal(task.officers());
    }
}
