package io.plantrail.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantrail.audit.ChangeGateway;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.PlanCommand;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.RejectionCode;
import io.plantrail.plan.PlanLifecycleCommands.StartPlan;
import io.plantrail.plan.SectionCommands.AddSection;
import io.plantrail.plan.SectionCommands.ReviseSection;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A refused change leaves the plan held in memory, so the next change does not replay the plan's
 * whole log; and the plan held is the stored one: the next change continues at the right version.
 */
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class RefusedChangeKeepsThePlanTest {

    private static final String PLAN = "refusals-keep-the-plan";

    @Autowired
    ChangeGateway changes;

    @Autowired
    @Qualifier("planCache")
    Cache planCache;

    @Test
    void aRefusedChangeKeepsThePlanInMemoryAndTheNextChangeContinuesFromTheStoredVersion() {
        send(new StartPlan(PLAN, "Refusals", "Test Council"));
        ChangeResult added = send(new AddSection(PLAN, "intro", new SectionDetails("Introduction", List.of(), List.of(), null)));
        assertThat(planCache.containsKey(PLAN)).as("held after a change").isTrue();

        assertThatThrownBy(() -> send(new ReviseSection(PLAN, "SEC-missing",
                new SectionDetails("Nowhere", List.of(), List.of(), null))))
                .isInstanceOfSatisfying(ChangeRejected.class, refused -> {
                    assertThat(refused.code()).isEqualTo(RejectionCode.NOT_FOUND);
                    assertThat(refused.madeBeforeAnyEvent()).isTrue();
                });
        assertThat(planCache.containsKey(PLAN)).as("still held after a refusal").isTrue();

        ChangeResult revised = send(new ReviseSection(PLAN, added.entityId(),
                new SectionDetails("Introduction, revised", List.of(), List.of(), null)));
        assertThat(revised.planVersion()).isEqualTo(added.planVersion() + 1);
    }

    private ChangeResult send(PlanCommand command) {
        return changes.sendAs("test.officer", command, "testing refusals", MetaData.emptyInstance());
    }
}
