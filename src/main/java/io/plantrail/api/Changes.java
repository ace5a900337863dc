package io.plantrail.api;

import io.plantrail.audit.ChangeGateway;
import io.plantrail.history.PlanRecords;
import io.plantrail.plan.ChangeResult;
import io.plantrail.plan.PlanCommand;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Sends a change and waits for the read side to show it, so the caller reads its own change. */
@Component
class Changes {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(10);

    private final ChangeGateway gateway;
    private final PlanRecords plans;

    Changes(ChangeGateway gateway, PlanRecords plans) {
        this.gateway = gateway;
        this.plans = plans;
    }

    record Applied(String planId, long planVersion, String id) {
    }

    Applied apply(PlanCommand command, ChangeIntent intent) {
        ChangeResult result = gateway.send(command, intent.reason(), intent.preconditions());
        plans.awaitVersion(command.planId(), result.planVersion(), READ_YOUR_WRITE);
        return new Applied(command.planId(), result.planVersion(), result.entityId());
    }
}
