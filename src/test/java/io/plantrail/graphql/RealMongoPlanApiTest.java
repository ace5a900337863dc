package io.plantrail.graphql;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same API contract against a real MongoDB replica set; skipped where Docker is missing. */
@Tag("process")
@Testcontainers(disabledWithoutDocker = true)
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealMongoPlanApiTest extends PlanApiContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("plantrail.mongo.uri", () -> MONGO.getReplicaSetUrl("plantrail"));
    }
}
