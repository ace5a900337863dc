package io.plantrail.graphql;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.ChangeRejected;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * What comes with every change besides its content: why it is made, the version of the entity
 * its author last saw (revisions and removals put it in their command), and an optional key that
 * makes a retry safe.
 */
record ChangeIntent(String reason, Long expectedVersion, String idempotencyKey) {

    private static final int MAX_KEY_LENGTH = 200;

    MetaData preconditions() {
        Map<String, Object> values = new HashMap<>();
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
                throw ChangeRejected.invalid("An idempotency key is 1 to " + MAX_KEY_LENGTH + " characters; "
                        + "a random UUID per change is best.");
            }
            values.put(ChangeMetadata.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }
}
