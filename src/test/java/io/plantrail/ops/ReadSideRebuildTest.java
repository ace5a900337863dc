package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.graphql.GraphQlClient;
import io.plantrail.readmodel.ChangeLog;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.StoredVersion;
import io.plantrail.readmodel.PlanRecords;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The read side dropped and projected again from the log is the read side it was, entity version by entity version. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.document=classpath:seed/small-plan.json"})
class ReadSideRebuildTest {

    private static final String PLAN = "small-plan";

    @LocalServerPort
    int port;
    @Autowired
    ReadSideRebuild rebuild;
    @Autowired
    EntityVersions versions;
    @Autowired
    ChangeLog log;
    @Autowired
    PlanRecords plans;

    @Test
    void theRebuiltReadSideEqualsTheLiveOneAtEveryVersion() throws Exception {
        long version = plans.version(PLAN);
        List<List<StoredVersion>> before = everyVersion(version);
        List<Document> logBefore = log.between(PLAN, 0, version);
        List<ReadSideRebuild.Progress> reported = new ArrayList<>();

        ReadSideRebuild.Progress done = rebuild.rebuild(reported::add);

        assertThat(done.done()).isEqualTo(done.total()).isEqualTo(version);
        assertThat(reported).isNotEmpty();
        assertThat(plans.version(PLAN)).isEqualTo(version);
        assertThat(everyVersion(version)).isEqualTo(before);
        assertThat(log.between(PLAN, 0, version)).isEqualTo(logBefore);
    }

    @Test
    void anAdministratorCanRebuildThroughTheApiAndNoOneElseCan() {
        String mutation = "mutation { rebuildReadSide { events eventsPerSecond } }";
        GraphQlClient.as("officer", port).document(mutation).execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));

        GraphQlClient.as("admin", port).document(mutation).execute()
                .path("rebuildReadSide.events").entity(Long.class).isEqualTo(plans.version(PLAN));
    }

    private List<List<StoredVersion>> everyVersion(long upTo) {
        List<List<StoredVersion>> all = new ArrayList<>();
        for (long at = 1; at <= upTo; at++) {
            all.add(versions.everything(PLAN, at));
        }
        return all;
    }
}
