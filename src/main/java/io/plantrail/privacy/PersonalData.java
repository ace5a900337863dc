package io.plantrail.privacy;

import io.plantrail.improvement.TaskDetails;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.Contact;
import io.plantrail.plan.OutcomeDetails;
import io.plantrail.change.Rules;
import io.plantrail.privacy.ContactCipher.Plain;
import io.plantrail.privacy.PersonKeys.PersonKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Contacts go into the log sealed under their person's key and come out revealed, or marked
 * erased once the key is gone. The log itself never changes, so its integrity chain holds.
 */
@Component
public class PersonalData {

    private static final int MAX_NAME = 200;
    private static final int MAX_PHONE = 50;

    private final PersonKeys keys;

    PersonalData(PersonKeys keys) {
        this.keys = keys;
    }

    public OutcomeDetails sealContactsOf(OutcomeDetails details) {
        if (details == null || details.contacts() == null) {
            return details;
        }
        return new OutcomeDetails(details.title(), details.leadDirectorate(), details.achievements(), details.actions(),
                details.plans(), details.indicators(), seal(details.contacts()), details.gaps(), details.notes());
    }

    /** The contacts as a reader sees them: personId, name, phone, and whether they were erased. */
    public List<RevealedContact> reveal(List<?> storedContacts) {
        return Rules.orEmpty(storedContacts).stream().map(PersonalData::asContact).map(this::reveal).toList();
    }

    /** A contact as the read side keeps it: a typed part's, or a stored version's plain document. */
    private static Contact asContact(Object stored) {
        if (stored instanceof Contact contact) {
            return contact;
        }
        Map<?, ?> fields = (Map<?, ?>) stored;
        return new Contact((String) fields.get("name"), (String) fields.get("phone"), (String) fields.get("personId"),
                (String) fields.get("sealed"), (String) fields.get("role"), (String) fields.get("team"));
    }


    /**
     * A task's officers sealed; a name given the old way, as {@code officerResponsible}, becomes a
     * sealed officer too, so no person's name enters the log in plain text.
     */
    public TaskDetails sealOfficersOf(TaskDetails details) {
        if (details == null) {
            return null;
        }
        List<Contact> officers = details.officers();
        if (details.officerResponsible() != null && !details.officerResponsible().isBlank()) {
            officers = new ArrayList<>(Rules.orEmpty(officers));
            officers.add(Contact.plain(details.officerResponsible(), null));
        }
        return new TaskDetails(details.task(), details.summary(), null, details.status(), details.actionsFor2004(),
                details.gaps(), details.notes(), seal(officers), details.chiefOfficer(), details.portfolioHolder());
    }

    /** Contacts sealed for storage; null stays null (in a revision: unchanged). */
    public List<Contact> seal(List<Contact> contacts) {
        if (contacts == null) {
            return null;
        }
        Rules.limitSize(contacts, "The contacts");
        return contacts.stream().map(this::seal).toList();
    }

    private Contact seal(Contact contact) {
        if (contact.personId() != null || contact.sealed() != null) {
            throw ChangeRejected.invalid("Give a contact by name and phone only.");
        }
        if (contact.namesATeam()) {
            if (!isBlank(contact.name()) || !isBlank(contact.phone()) || !isBlank(contact.role()) || isBlank(contact.team())) {
                throw ChangeRejected.invalid("A contact is a person (name, phone, role) or a team, not both.");
            }
            Rules.limitLength(contact.team(), "A contact's team", MAX_NAME);
            return Contact.ofTeam(contact.team().strip()); // a team is not a person: no key, nothing to erase
        }
        if (isBlank(contact.name()) && isBlank(contact.phone())) {
            throw ChangeRejected.invalid("A contact needs a name or a phone number.");
        }
        Rules.limitLength(contact.name(), "A contact's name", MAX_NAME);
        Rules.limitLength(contact.phone(), "A contact's phone number", MAX_PHONE);
        Rules.limitLength(contact.role(), "A contact's role", MAX_NAME);
        Plain plain = new Plain(stripped(contact.name()), stripped(contact.phone()), stripped(contact.role()));
        PersonKey key = keys.keyFor(plain.name(), plain.phone());
        return Contact.sealed(key.personId(), ContactCipher.seal(key.key(), key.personId(), plain));
    }

    private RevealedContact reveal(Contact stored) {
        if (stored.namesATeam()) {
            return new RevealedContact(null, null, null, null, stored.team(), false);
        }
        if (stored.sealed() == null) { // stored before contacts were sealed
            return new RevealedContact(stored.personId(), stored.name(), stored.phone(), stored.role(), null, false);
        }
        Optional<SecretKey> key = keys.find(stored.personId());
        Plain plain = key.map(k -> ContactCipher.open(k, stored.personId(), stored.sealed())).orElse(new Plain(null, null, null));
        return new RevealedContact(stored.personId(), plain.name(), plain.phone(), plain.role(), null, key.isEmpty());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripped(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
