package io.plantrail.change;

import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;

/** Applies the event of an accepted change and reports the plan version it made. */
public final class PlanChange {

    private PlanChange() {
    }

    public static ChangeResult applied(Object event, String entityId) {
        AggregateLifecycle.apply(event, MetaData.with(ChangeMetadata.ENTITY_ID, entityId));
        return new ChangeResult(AggregateLifecycle.getVersion() + 1, entityId);
    }

    public static <R extends Record> R revised(R current, R revision) {
        return revised(current, revision, Set.of());
    }

    /** The revision applied, the cleared fields emptied; refused if that changes nothing. */
    public static <R extends Record> R revised(R current, R revision, Set<String> cleared) {
        R merged = Revisions.merge(current, revision, cleared);
        if (merged.equals(current)) {
            throw ChangeRejected.invalid("The revision changes nothing; nothing was stored.");
        }
        return merged;
    }
}
