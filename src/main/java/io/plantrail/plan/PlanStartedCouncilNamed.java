package io.plantrail.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plantrail.plan.events.PlanStarted;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code PlanStarted} stored before revision 2, whose council's name was in {@code council},
 * as revision 2 ({@code councilName}). Only what is read changes: the stored event, and the hash
 * that chains it, stay as they were written.
 */
@Component
class PlanStartedCouncilNamed extends SingleEventUpcaster {

    /** Stored names are a contract with old logs: the class's name before events had names of their own. */
    private static final String NAME_BEFORE_NAMES = "io.plantrail.plan.PlanStarted";
    private static final SerializedType REVISION_2 = new SimpleSerializedType("PlanStarted", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        SerializedType type = event.getType();
        return "PlanStarted".equals(type.getName()) && "1".equals(type.getRevision())
                || NAME_BEFORE_NAMES.equals(type.getName()) && type.getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, PlanStartedCouncilNamed::renameCouncil);
    }

    private static JsonNode renameCouncil(JsonNode payload) {
        ObjectNode renamed = ((ObjectNode) payload).deepCopy();
        renamed.set("councilName", renamed.remove("council"));
        return renamed;
    }
}
