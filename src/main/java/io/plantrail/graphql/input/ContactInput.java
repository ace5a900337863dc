package io.plantrail.graphql.input;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.Contact;
import io.plantrail.change.TextRule;
import java.util.List;
import java.util.stream.Stream;

/** A named officer (or a team) as an officer types it in: plain here, a person sealed before it is stored. */
public record ContactInput(String name, String phone, String role, String team) {

    static List<Contact> toContacts(List<ContactInput> contacts) {
        return contacts == null ? null
                : contacts.stream().map(contact -> contact == null ? null : contact.toContact()).toList();
    }

    /** A part left out is a gap the source may have; one sent empty says nothing and is refused. */
    private Contact toContact() {
        if (Stream.of(name, phone, role, team).anyMatch(part -> part != null && !TextRule.hasVisibleText(part))) {
            throw ChangeRejected.invalid("A contact's name, phone, role and team, where given, must not be empty; "
                    + "leave out what the source does not print.");
        }
        return team != null && name == null && phone == null && role == null ? Contact.ofTeam(team)
                : new Contact(name, phone, null, null, role, team);
    }
}
