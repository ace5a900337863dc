package io.plantrail.plan.events;

import io.plantrail.change.StoredEvent;

/**
 * A person named as a contact asked to be erased; their key was deleted, so every sealed mention
 * of them now reads as erased. The event itself holds no personal data.
 */
@StoredEvent("ContactErased")
public record ContactErased(String planId, String personId) {
}
