package io.plantrail.store;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** Two nodes on a real MongoDB replica set; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoTwoNodesTest extends TwoNodesContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Override
    String storeUri() {
        return MONGO.getReplicaSetUrl("plantrail");
    }
}
