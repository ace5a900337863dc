package io.plantrail.api;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses queries nested too deep or whose answer would be too big before any of it runs (code
 * VALIDATION). The size of an answer is estimated, not counted in the query's text: each list
 * counts as as many items as a large plan has there (a page of history as a full page), so forty
 * aliased copies of the whole tree weigh forty trees, not forty times a few dozen fields.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits {

    /** Items a list is expected to hold: about twice what Harrow's plan holds on average in one place. */
    private static final Map<String, Integer> LIST_SIZES = Map.ofEntries(
            Map.entry("themes", 10), Map.entry("priorities", 8), Map.entry("outcomes", 5), Map.entry("targets", 3),
            Map.entry("gaps", 3), Map.entry("contacts", 3), Map.entry("officers", 3), Map.entry("actions", 5),
            Map.entry("plans", 3), Map.entry("indicators", 3), Map.entry("paragraphs", 15), Map.entry("sections", 20),
            Map.entry("lpsaTargets", 20), Map.entry("findings", 10), Map.entry("serviceScores", 10),
            Map.entry("budgetTables", 10), Map.entry("columns", 8), Map.entry("lines", 20), Map.entry("amounts", 8),
            Map.entry("improvementPlan", 12), Map.entry("tasks", 6), Map.entry("progress", 5), Map.entry("drafts", 10),
            Map.entry("roles", 4), Map.entry("edges", 50));
    private static final int OTHER_LIST_SIZE = 20;

    @Bean
    Instrumentation maxQueryDepth(LimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    Instrumentation maxQueryComplexity(LimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(),
                (environment, children) -> weight(environment.getField().getName()) + items(environment) * children);
    }

    /** A diff or an integrity check reads a plan's whole history: its cost is more than its answer. */
    private static int weight(String field) {
        return switch (field) {
            case "planDiff", "verifyIntegrity", "verifyReadSide" -> 20_000;
            case "history", "planHistory", "completeness" -> 2_000;
            default -> 1;
        };
    }

    private static int items(FieldComplexityEnvironment environment) {
        GraphQLType type = environment.getFieldDefinition().getType();
        if (type instanceof GraphQLNonNull nonNull) {
            type = nonNull.getWrappedType();
        }
        if (!(type instanceof GraphQLList)) {
            return 1;
        }
        return LIST_SIZES.getOrDefault(environment.getField().getName(), OTHER_LIST_SIZE);
    }
}
