package io.plantrail.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any of it runs, a query whose answer would be too big (code VALIDATION). The
 * size is estimated on graphql-java's normalized operation, where every alias and every fragment
 * spread is a field of its own, not counted in the query's text: each list counts as many items as
 * a large plan has there, so forty aliased copies of the whole tree weigh forty trees however they
 * are written. A diff or an integrity check reads a plan's whole history, so it weighs more than
 * its answer. Introspection (__schema, __type) is left to graphql-java's good-faith check, which
 * bounds it as introspection: a client's full introspection query is larger than any plan's.
 */
final class AnswerSizeInstrumentation extends SimplePerformantInstrumentation {

    /** Items a list is expected to hold: about twice what Harrow's plan holds on average in one place. */
    private static final Map<String, Long> LIST_SIZES = Map.ofEntries(
            Map.entry("themes", 10L), Map.entry("priorities", 8L), Map.entry("outcomes", 5L), Map.entry("targets", 3L),
            Map.entry("gaps", 3L), Map.entry("contacts", 3L), Map.entry("officers", 3L), Map.entry("actions", 5L),
            Map.entry("plans", 3L), Map.entry("indicators", 3L), Map.entry("paragraphs", 15L), Map.entry("sections", 20L),
            Map.entry("lpsaTargets", 20L), Map.entry("findings", 10L), Map.entry("serviceScores", 10L),
            Map.entry("budgetTables", 10L), Map.entry("columns", 8L), Map.entry("lines", 20L), Map.entry("amounts", 8L),
            Map.entry("improvementPlan", 12L), Map.entry("tasks", 6L), Map.entry("progress", 5L), Map.entry("drafts", 10L),
            Map.entry("roles", 4L), Map.entry("edges", 50L), Map.entry("measures", 20L), Map.entry("readings", 10L));
    private static final long OTHER_LIST_SIZE = 20;

    private final long limit;

    AnswerSizeInstrumentation(long limit) {
        this.limit = limit;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        long size;
        try {
            size = size(execution.getNormalizedQueryTree().get().getTopLevelFields(), execution.getGraphQLSchema());
        } catch (ArithmeticException beyondCounting) {
            size = Long.MAX_VALUE;
        }
        if (size > limit) {
            throw new AbortExecutionException("The answer to this query would be too big (about " + size + " values, the limit "
                    + limit + "); ask for less at a time, or in several requests.");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static long size(List<ExecutableNormalizedField> fields, GraphQLSchema schema) {
        long size = 0;
        for (ExecutableNormalizedField field : fields) {
            if (field.getName().startsWith("__")) {
                continue;
            }
            long below = field.getChildren().isEmpty() ? 0 : size(field.getChildren(), schema);
            size = Math.addExact(size, Math.addExact(weight(field.getName()), Math.multiplyExact(items(field, schema), below)));
        }
        return size;
    }

    private static long weight(String field) {
        return switch (field) {
            case "planDiff", "verifyIntegrity", "verifyReadSide" -> 20_000;
            case "history", "planHistory", "completeness" -> 2_000;
            default -> 1;
        };
    }

    private static long items(ExecutableNormalizedField field, GraphQLSchema schema) {
        List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
        GraphQLType type = definitions.isEmpty() ? null : GraphQLTypeUtil.unwrapNonNull(definitions.get(0).getType());
        return type instanceof GraphQLList ? LIST_SIZES.getOrDefault(field.getName(), OTHER_LIST_SIZE) : 1;
    }
}
