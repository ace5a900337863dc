package io.plantrail.audit;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.PlanCommand;
import org.axonframework.messaging.MetaData;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a change asked for, as a hash: the command with its content, the reason and the expected
 * version. Kept with an idempotency key, so a different change sent under a used key is refused
 * instead of being answered with the first change's result.
 */
final class ChangeFingerprint {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ChangeFingerprint() {
    }

    static String of(PlanCommand command, String reason, MetaData preconditions) {
        String canonical = command.getClass().getName() + "\n" + JSON.writeValueAsString(command) + "\n" + reason
                + "\n" + preconditions.get(ChangeMetadata.EXPECTED_ENTITY)
                + "\n" + preconditions.get(ChangeMetadata.EXPECTED_VERSION);
        return HashChain.sha256(canonical);
    }
}
