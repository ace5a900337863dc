package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** The whole tree costs the same number of MongoDB queries with 2 outcomes as with 40. */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory"})
@Import(MongoQueryCounter.Registration.class)
class NestedTreeQueryCountTest extends ApiTestSupport {

    private static final String WHOLE_TREE = """
            query($p: ID!) { plan(id: $p) { themes { id priorities { id outcomes { id title targets { id target } } } } } }""";

    @Autowired
    MongoQueryCounter counter;

    private int queriesForWholeTree() {
        int before = counter.projectionQueries();
        run(WHOLE_TREE, "p", planId);
        return counter.projectionQueries() - before;
    }

    @Test
    void theWholeTreeTakesOneQueryPerLevelHoweverManyOutcomes() {
        addOutcome("First", "UL");
        addOutcome("Second", "PF");
        int withTwo = queriesForWholeTree();

        for (int i = 0; i < 38; i++) {
            addOutcome("Outcome " + i, "UL");
        }
        int withForty = queriesForWholeTree();

        // themes, priorities, outcomes: one read each; no outcome has targets, so that level reads nothing
        assertThat(withTwo).isEqualTo(3);
        assertThat(withForty).isEqualTo(withTwo);
    }
}
