package io.plantrail.graphql;

import io.plantrail.change.ChangeGateway;
import io.plantrail.readmodel.ReadSideProgress;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.PlanCommand;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Sends a change and waits for the read side to show it, so the caller reads its own change. If
 * the read side is still behind after the wait, the change is made all the same and the answer says so.
 */
@Component
class Changes {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(10);

    private final ChangeGateway gateway;
    private final ReadSideProgress readSide;

    Changes(ChangeGateway gateway, ReadSideProgress readSide) {
        this.gateway = gateway;
        this.readSide = readSide;
    }

    record Applied(String planId, long planVersion, String id, boolean readSideBehind) {
    }

    Applied apply(PlanCommand command, ChangeIntent intent) {
        ChangeResult result = gateway.send(command, intent.reason(), intent.preconditions());
        boolean shown = readSide.awaitVersion(command.planId(), result.planVersion(), READ_YOUR_WRITE);
        return new Applied(command.planId(), result.planVersion(), result.entityId(), !shown);
    }
}
