package io.plantrail.privacy;

/** A contact as a reader sees it: the person's name and phone, or neither once erased on request. */
public record RevealedContact(String personId, String name, String phone, boolean erased) {
}
