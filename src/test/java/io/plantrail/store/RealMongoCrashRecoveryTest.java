package io.plantrail.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * On a real MongoDB replica set, each run in a database of its own; skipped where Docker is
 * missing. (The first start's import is not one write there, so a kill during it is a different
 * promise: the next start refuses a half import, naming what to remove.)
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoCrashRecoveryTest extends CrashRecoveryContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private String database;

    @BeforeEach
    void aDatabaseOfItsOwn() {
        database = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    AppProcess startWithSmallPlan(Path data, String name) throws IOException {
        return AppProcess.startWith(data.resolveSibling(data.getFileName() + "-" + name + ".log"), List.of(
                "--plantrail.mongo.uri=" + MONGO.getReplicaSetUrl(database),
                "--plantrail.mongo.database=" + database,
                "--plantrail.privacy.master-key-file=" + data.resolveSibling("master.key"),
                "--plantrail.privacy.create-master-key=true",
                "--plantrail.seed.document=" + SMALL_PLAN_DOCUMENT));
    }

    @Override
    void dropReadSide(Path data) {
        try (MongoClient client = MongoClients.create(MONGO.getReplicaSetUrl(database))) {
            for (String collection : List.of("entity_versions", "changes", "plans", "trackingtokens")) {
                client.getDatabase(database).getCollection(collection).drop();
            }
        }
    }
}
