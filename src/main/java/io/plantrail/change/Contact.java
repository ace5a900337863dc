package io.plantrail.change;

/**
 * A named officer to contact about an outcome; the source may print a phone without a name, a
 * label or role with the name ("Development Agreement:", "Principal Adviser"), or a team instead
 * of a person. Names, phones and roles are personal data, so the plan's log holds a person only
 * sealed: encrypted under a key of that person's own ({@code personId}), with {@code name},
 * {@code phone} and {@code role} empty. Deleting the key erases the person without rewriting the
 * log. The plain form exists only on the way in (a form, a plan document) and on the way out
 * (revealed for a reader). A {@code team} ("Regeneration Team Urban Living") is not a person: it
 * is kept as printed, with no person id.
 */
public record Contact(String name, String phone, String personId, String sealed, String role, String team) {

    public Contact(String name, String phone, String personId, String sealed) {
        this(name, phone, personId, sealed, null, null);
    }

    public static Contact plain(String name, String phone) {
        return plain(name, phone, null);
    }

    public static Contact plain(String name, String phone, String role) {
        return new Contact(name, phone, null, null, role, null);
    }

    public static Contact ofTeam(String team) {
        return new Contact(null, null, null, null, null, team);
    }

    public static Contact sealed(String personId, String sealed) {
        return new Contact(null, null, personId, sealed, null, null);
    }

    // not isSealed(): serialisers would take it for the property "sealed"
    public boolean sealedForStorage() {
        return personId != null && sealed != null && name == null && phone == null && role == null;
    }

    public boolean namesATeam() {
        return team != null;
    }

    /** What the log may hold: a person only sealed, or a team alone. */
    public boolean storable() {
        return sealedForStorage() && team == null
                || namesATeam() && name == null && phone == null && role == null && personId == null && sealed == null;
    }
}
