package io.plantrail.graphql;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.ExecutionResult;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What one request may carry, checked before any of it runs: one change (a mutation with two
 * fields would store the first and could answer {@code data: null} for the second's error, hiding a
 * stored change), and a subscription only over the WebSocket ({@link SocketRequestsInterceptor}),
 * where its events can be delivered.
 */
@Component
class OperationRulesInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        switch (execution.getOperationDefinition().getOperation()) {
            case MUTATION -> {
                Set<String> changes = new LinkedHashSet<>();
                collect(execution.getOperationDefinition().getSelectionSet(), execution, changes);
                if (changes.size() > 1) {
                    throw new AbortExecutionException("Send one change a request: this one asks for " + changes.size()
                            + " (" + String.join(", ", changes) + "). Nothing was changed.");
                }
            }
            case SUBSCRIPTION -> {
                if (!Boolean.TRUE.equals(execution.getGraphQLContext().get(SocketRequestsInterceptor.OVER_SOCKET))) {
                    throw new AbortExecutionException("Subscriptions are served over the WebSocket at /graphql-ws "
                            + "(graphql-ws protocol), not over HTTP.");
                }
            }
            default -> {
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** The top-level answers the operation asks for, by name or alias, through fragments; __typename changes nothing. */
    private static void collect(SelectionSet selections, ExecutionContext execution, Set<String> into) {
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field && !field.getName().startsWith("__")) {
                into.add(field.getResultKey());
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), execution, into);
            } else if (selection instanceof FragmentSpread spread && execution.getFragment(spread.getName()) != null) {
                collect(execution.getFragment(spread.getName()).getSelectionSet(), execution, into);
            }
        }
    }
}
