package io.plantrail.graphql;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The API contract on the embedded MongoDB-wire server, the default store. */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory"})
class EmbeddedPlanApiTest extends PlanApiContract {
}
