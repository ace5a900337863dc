package io.plantrail.change;

/**
 * A named officer to contact about an outcome; the source may print a phone without a name.
 * Names and phones are personal data, so the plan's log holds a contact only sealed: encrypted
 * under a key of that person's own ({@code personId}), with {@code name} and {@code phone}
 * empty. Deleting the key erases the person without rewriting the log. The plain form exists
 * only on the way in (a form, a plan document) and on the way out (revealed for a reader).
 */
public record Contact(String name, String phone, String personId, String sealed) {

    public static Contact plain(String name, String phone) {
        return new Contact(name, phone, null, null);
    }

    public static Contact sealed(String personId, String sealed) {
        return new Contact(null, null, personId, sealed);
    }

    // not isSealed(): serialisers would take it for the property "sealed"
    public boolean sealedForStorage() {
        return personId != null && sealed != null && name == null && phone == null;
    }
}
