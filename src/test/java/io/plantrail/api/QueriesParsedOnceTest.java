package io.plantrail.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Over HTTP, a query or a change sent again with new variables is not parsed again by GraphQL,
 * and gets the same answers as the first time; a text that failed is checked afresh each time.
 */
@DirtiesContext // each class gets its own store and processors, closed after it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
@Import(QueriesParsedOnceTest.ParsedTexts.class)
class QueriesParsedOnceTest extends ApiTestSupport {

    @Autowired
    ParsedTexts parsedTexts;

    @Test
    void aChangeSentAgainWithNewVariablesIsParsedOnce() {
        parsedTexts.texts.clear();
        String first = addOutcome("Cleaner streets", "UL");
        String second = addOutcome("Safer parks", "PF");

        assertThat(first).isNotEqualTo(second);
        assertThat(parsedTexts.texts).as("the second outcome's change reused the first's parse").containsOnlyOnce(ADD_OUTCOME);
        run(PLAN_VERSION, "p", planId).path("plan.version").entity(Long.class).isEqualTo(5L);
    }

    @Test
    void aQueryThatFailsValidationIsCheckedEachTime() {
        String wrong = "query($p: ID!) { plan(id: $p) { noSuchField } }";
        parsedTexts.texts.clear();
        for (int i = 0; i < 2; i++) {
            graphQl.document(wrong).variable("p", planId).execute().errors()
                    .expect(error -> error.getMessage().contains("noSuchField")).verify();
        }
        assertThat(parsedTexts.texts).containsExactly(wrong, wrong);
    }

    /** Every query text GraphQL itself parses (a configuration that is itself an instrumentation). */
    @TestConfiguration
    static class ParsedTexts implements Instrumentation {
        final List<String> texts = new CopyOnWriteArrayList<>();

        @Override
        public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                           InstrumentationState state) {
            texts.add(parameters.getQuery());
            return SimpleInstrumentationContext.noOp();
        }
    }
}
