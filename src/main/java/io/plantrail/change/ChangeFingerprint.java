package io.plantrail.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a change asked for, as a hash: the command with its content, the reason and the expected
 * version. Kept with an idempotency key, so a different change sent under a used key is refused
 * instead of being answered with the first change's result.
 */
final class ChangeFingerprint {

    /** The expected version is hashed on a line of its own, after the content, as before commands carried it. */
    @JsonIgnoreProperties("expectedVersion")
    private interface ContentOnly {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(ChangeToExisting.class, ContentOnly.class)
            .build();

    private ChangeFingerprint() {
    }

    static String of(PlanCommand command, String reason) {
        Long expectedVersion = command instanceof ChangeToExisting change ? change.expectedVersion() : null;
        String expectedEntity = expectedVersion == null ? null : ((ChangeToExisting) command).entityId();
        String canonical = command.getClass().getName() + "\n" + JSON.writeValueAsString(command) + "\n" + reason
                + "\n" + expectedEntity + "\n" + expectedVersion;
        return Sha256.hex(canonical);
    }
}
