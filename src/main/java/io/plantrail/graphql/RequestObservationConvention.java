package io.plantrail.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Spring for GraphQL's request observation ({@code graphql.request}: type of operation, outcome),
 * with two more tags an operator asks for: the operation's name, and the code of its first error
 * ({@code NONE} without one). Operation names come from clients, so only plain names are kept, and
 * at most {@value #MOST_OPERATIONS} of them.
 */
@Component
class RequestObservationConvention extends DefaultExecutionRequestObservationConvention {

    private static final int MOST_OPERATIONS = 200;
    private static final Pattern PLAIN_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    @Bean
    static MeterFilter fewOperationNames() {
        return MeterFilter.maximumAllowableTags("graphql.request", "graphql.operation.name", MOST_OPERATIONS,
                MeterFilter.deny());
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of("graphql.operation.name", name(context.getExecutionInput().getOperationName())))
                .and(KeyValue.of("graphql.error.code", firstCode(context.getExecutionResult())));
    }

    private static String name(String operation) {
        if (operation == null || operation.isBlank()) {
            return "(unnamed)";
        }
        return PLAIN_NAME.matcher(operation).matches() ? operation : "(other)";
    }

    private static String firstCode(ExecutionResult result) {
        if (result == null || result.getErrors().isEmpty()) {
            return "NONE";
        }
        GraphQLError error = result.getErrors().get(0);
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return code != null ? code.toString() : RequestErrorCodes.codeFor(error.getErrorType());
    }
}
