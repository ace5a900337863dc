package io.plantrail.privacy;

import io.plantrail.plan.events.ContactErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Carries out an erasure once it is in the log: the person's key is deleted, then every other key
 * moves to a new master key. Run by the read side's processor, so an erasure stored just before a
 * crash is carried out at the next start, and the change is answered only once it is done.
 * Deleting a key that is already gone does nothing, so replaying the log erases no one twice.
 */
@Component
@ProcessingGroup("plan-projection")
@Order(Ordered.HIGHEST_PRECEDENCE) // before the projection marks the change as shown, which answers the change
class ErasureOnRequest {

    private final PersonKeys keys;

    ErasureOnRequest(PersonKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(ContactErased erased) {
        keys.erase(erased.personId());
    }
}
