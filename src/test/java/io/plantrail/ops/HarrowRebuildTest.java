package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.plantrail.change.ChangeGateway;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.PlanCommand;
import io.plantrail.readmodel.EntityKind;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.StoredVersion;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.ReadSideProgress;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.OutcomeDetails;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import io.plantrail.plan.TargetCommands.ReviseTarget;
import io.plantrail.plan.TargetDetails;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Harrow plan, 2,000 random revisions of its outcomes and targets and a draft every 500: the
 * read side rebuilt from the log equals the live one, every stored entity version, every entry
 * of the plan's log and the plan's record, field by field.
 */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory"})
class HarrowRebuildTest {

    private static final Logger log = LoggerFactory.getLogger(HarrowRebuildTest.class);
    private static final String HARROW = "harrow-bvpp-2004-05";
    private static final int CHANGES = 2_000;
    private static final List<String> READ_SIDE = List.of("entity_versions", "changes", "plans");

    @Autowired
    ChangeGateway changes;
    @Autowired
    EntityVersions versions;
    @Autowired
    PlanRecords plans;
    @Autowired
    ReadSideRebuild rebuild;
    @Autowired
    ReadSideProgress readSideProgress;
    @Autowired
    MongoDatabase database;

    @Test
    @Tag("soak")
    @Timeout(600)
    void theRebuiltReadSideOfALongHarrowLogEqualsTheLiveOne() throws Exception {
        long version = changeAtRandom(new Random(2004));
        assertThat(readSideProgress.awaitVersion(HARROW, version, Duration.ofSeconds(120))).as("projected").isTrue();
        Map<String, List<Document>> live = readSide();

        ReadSideRebuild.Progress done = rebuild.rebuild(progress -> { });
        log.info("Rebuilt the read side from {} events at {} a second", done.total(), done.perSecond());

        assertThat(done.total()).isEqualTo(version);
        assertThat(plans.version(HARROW)).isEqualTo(version);
        for (String collection : READ_SIDE) {
            assertThat(readSide().get(collection)).as(collection).isEqualTo(live.get(collection));
        }
    }

    /** Revisions of outcomes and targets chosen at random, a draft after every 500; the plan version at the end. */
    private long changeAtRandom(Random random) {
        long start = plans.version(HARROW);
        List<String> outcomes = ids(EntityKind.OUTCOME, start);
        List<String> targets = ids(EntityKind.TARGET, start);
        long version = start;
        for (int n = 1; n <= CHANGES; n++) {
            PlanCommand command = random.nextBoolean()
                    ? new ReviseOutcome(HARROW, pick(outcomes, random), new OutcomeDetails(null, null,
                            "Achievement " + n + ": " + random.nextInt(1_000_000), null, null, null, null, null, null))
                    : new ReviseTarget(HARROW, pick(targets, random), new TargetDetails("Target description " + n
                            + ": " + random.nextInt(1_000_000), null, null, null, null, null, null, null, null, null));
            version = send(command).planVersion();
            if (n % 500 == 0) {
                version = send(new IssueDraft(HARROW, "Draft after " + n + " changes", LocalDate.of(2004, 5, 1))).planVersion();
            }
        }
        return version;
    }

    private ChangeResult send(PlanCommand command) {
        return changes.sendAs("test.officer", command, "A long log to rebuild", MetaData.emptyInstance());
    }

    private List<String> ids(EntityKind kind, long asAt) {
        List<String> ids = versions.all(HARROW, kind, asAt).stream().map(StoredVersion::entityId).toList();
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private static String pick(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private Map<String, List<Document>> readSide() {
        Map<String, List<Document>> all = new HashMap<>();
        for (String collection : READ_SIDE) {
            all.put(collection, database.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return all;
    }
}
