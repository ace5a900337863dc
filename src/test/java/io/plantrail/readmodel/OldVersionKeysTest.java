package io.plantrail.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.plantrail.readmodel.part.Theme;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A store written before versions were keyed by plan is re-keyed at start, and reads the same. */
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class OldVersionKeysTest {

    @Autowired
    MongoDatabase database;
    @Autowired
    PlanRecords plans;
    @Autowired
    ReadSideWriter writer;

    @Test
    void versionsKeyedTheOldWayAreKeyedByPlanAndStillRead() {
        MongoCollection<Document> versions = database.getCollection(EntityVersions.COLLECTION);
        for (String plan : new String[] {"old-keys-a", "old-keys-b"}) {
            versions.insertOne(new Document("_id", "ENV-" + plan + "@2").append("planId", plan).append("entityId", "ENV")
                    .append("kind", "THEME").append("parentId", plan).append("ordinal", 2L).append("from", 2L)
                    .append("to", null).append("details", new Document("name", "Environment of " + plan))
                    .append("change", new Document("type", "ThemeAdded").append("planVersion", 2L).append("actor", "system:import")
                            .append("time", "2026-11-30T12:00:00Z")));
            database.getCollection(PlanRecords.COLLECTION).insertOne(new Document("_id", plan).append("version", 2L));
        }

        EntityVersions restarted = new EntityVersions(database, new ChangeLog(database, plans, writer), plans, writer);

        assertThat(versions.find(eq("_id", "old-keys-a/ENV@2")).first()).isNotNull();
        assertThat(versions.find(eq("_id", "ENV-old-keys-a@2")).first()).isNull();
        assertThat(restarted.one("old-keys-a", "ENV", 2).as(Theme.class).name()).isEqualTo("Environment of old-keys-a");
        assertThat(restarted.one("old-keys-b", "ENV", 2).as(Theme.class).name()).isEqualTo("Environment of old-keys-b");
    }
}
