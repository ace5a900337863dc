package io.plantrail.api.input;

import io.plantrail.change.Contact;
import java.util.List;

/** A named officer as an officer types it in: plain here, sealed before it is stored. */
public record ContactInput(String name, String phone) {

    static List<Contact> toContacts(List<ContactInput> contacts) {
        return contacts == null ? null
                : contacts.stream().map(contact -> contact == null ? null : Contact.plain(contact.name, contact.phone)).toList();
    }
}
