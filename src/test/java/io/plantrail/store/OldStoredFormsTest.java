package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.change.ChangeGateway;
import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.audit.LogRestore;
import io.plantrail.change.ChangeResult;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.ops.ReadSideRebuild;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Logs written by earlier builds, stored as they were written (PlanStarted with {@code council},
 * under the class name or at revision 1): the read side is projected from them, the plan is
 * replayed from them to take a new change, and their chain still verifies as stored.
 */
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class OldStoredFormsTest {

    @Autowired
    LogRestore restore;
    @Autowired
    ReadSideRebuild rebuild;
    @Autowired
    PlanRecords plans;
    @Autowired
    IntegrityVerifier integrity;
    @Autowired
    ChangeGateway changes;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "stored-events-2026-12-01.ndjson, golden-2004b",
        "stored-events-named-r1-2026-12-01.ndjson, harrow-bvpp-2004-05"
    })
    void anOldLogIsProjectedReplayedAndVerifiedAsStored(String file, String planId) throws Exception {
        LogRestore.Restored restored = restore.restore(lines(file));
        assertThat(restored.planId()).isEqualTo(planId);
        rebuild.rebuild(progress -> { }); // as the restore command does: the events keep their old times
        assertThat(plans.version(planId)).isEqualTo(restored.events());

        assertThat(plans.find(planId).getString("council")).as("read from the old field").isEqualTo("Harrow Council");

        ChangeResult draft = changes.sendAs("admin", new IssueDraft(planId, "After the upgrade", LocalDate.of(2026, 12, 1)),
                "The plan, replayed from its old events, takes a change", MetaData.emptyInstance());
        assertThat(draft.planVersion()).isEqualTo(restored.events() + 1L);

        IntegrityVerifier.Report report = integrity.verify(planId, draft.planVersion());
        assertThat(report.ok()).as("the chain covers what was stored, not what is read: %s", report.firstBroken()).isTrue();
        assertThat(report.checkedEvents()).isEqualTo(restored.events() + 1);
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = OldStoredFormsTest.class.getResourceAsStream("/golden/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
