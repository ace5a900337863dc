package io.plantrail.ops;

import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.audit.IntegrityVerifier.Broken;
import io.plantrail.readmodel.PlanRecords;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The newest event of every plan still matches its link in the integrity chain. The whole chain
 * is for {@code verifyIntegrity}; this catches a damaged head without reading the whole log.
 */
@Component("chainHeadHealthIndicator")
class ChainHeadHealth implements HealthIndicator {

    private final PlanRecords plans;
    private final IntegrityVerifier verifier;

    ChainHeadHealth(PlanRecords plans, IntegrityVerifier verifier) {
        this.plans = plans;
        this.verifier = verifier;
    }

    @Override
    public Health health() {
        Map<String, Object> broken = new LinkedHashMap<>();
        for (Document plan : plans.all()) {
            String planId = plan.getString("_id");
            Broken head = verifier.verifyHead(planId, PlanRecords.versionOf(plan));
            if (head != null) {
                broken.put(planId, "event " + head.sequenceNumber() + ": " + head.problem());
            }
        }
        return (broken.isEmpty() ? Health.up() : Health.down()).withDetails(broken).build();
    }
}
