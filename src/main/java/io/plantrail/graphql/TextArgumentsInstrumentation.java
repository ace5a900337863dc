package io.plantrail.graphql;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.plantrail.change.TextRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The boundary where {@link TextRule} is applied: every text in every argument of every field,
 * inside input objects and lists, as graphql-java has coerced it from literals and variables,
 * before the field's own code runs. A refused text is VALIDATION and nothing is changed.
 */
@Component
class TextArgumentsInstrumentation implements Instrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.getField().getArguments().isEmpty()) {
            return dataFetcher;
        }
        return environment -> {
            environment.getArguments().forEach((name, value) -> check(value, name));
            return dataFetcher.get(environment);
        };
    }

    private static void check(Object value, String path) {
        if (value instanceof String text) {
            TextRule.check(text, "The text sent as '" + path + "'");
        } else if (value instanceof Map<?, ?> fields) {
            fields.forEach((name, field) -> check(field, path + "." + name));
        } else if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), path + "[" + i + "]");
            }
        }
    }
}
