package io.plantrail.api;

import org.springframework.boot.test.context.SpringBootTest;

/** The API contract on the embedded MongoDB-wire server, the default store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory"})
class EmbeddedPlanApiTest extends PlanApiContract {
}
