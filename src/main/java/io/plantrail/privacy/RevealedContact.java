package io.plantrail.privacy;

/**
 * A contact as a reader sees it: the person's name, phone and the role printed with them, or none
 * of them once erased on request; or a team, which is not a person and has no person id.
 */
public record RevealedContact(String personId, String name, String phone, String role, String team, boolean erased) {
}
