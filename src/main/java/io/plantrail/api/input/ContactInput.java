package io.plantrail.api.input;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.Contact;
import io.plantrail.change.TextRule;
import java.util.List;

/** A named officer as an officer types it in: plain here, sealed before it is stored. */
public record ContactInput(String name, String phone) {

    static List<Contact> toContacts(List<ContactInput> contacts) {
        return contacts == null ? null
                : contacts.stream().map(contact -> contact == null ? null : contact.toContact()).toList();
    }

    /** A name or a phone left out is a gap the source may have; one sent empty says nothing and is refused. */
    private Contact toContact() {
        if ((name != null && !TextRule.hasVisibleText(name)) || (phone != null && !TextRule.hasVisibleText(phone))) {
            throw ChangeRejected.invalid("A contact's name and phone, where given, must not be empty; leave out what the source does not print.");
        }
        return Contact.plain(name, phone);
    }
}
