package io.plantrail.graphql;

import io.plantrail.SharedContexts;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The API contract on the embedded MongoDB-wire server, the default store. */
@DirtiesContext // each class gets its own store and processors, closed after it
@ResourceLock(SharedContexts.HARROW_WEB)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory"})
class EmbeddedPlanApiTest extends PlanApiContract {
}
