package io.plantrail.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.plantrail.change.ChangeRejected;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Refused changes and refused access become GraphQL errors with a stable {@code code}; anything
 * else is INTERNAL, logged.
 */
@Component
class ErrorCodes extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorCodes.class);

    /** What an error means to the person who asked: a stable code, words they understand, any details. */
    record Coded(String code, String message, Map<String, Object> details) {
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment environment) {
        Coded coded = coded(error, environment.getExecutionStepInfo().getPath().toString());
        return error(environment, coded.code(), coded.message(), coded.details());
    }

    static Coded coded(Throwable error, String answering) {
        ChangeRejected rejected = rejection(error);
        if (rejected != null) {
            return new Coded(rejected.code().name(), rejected.getMessage(), rejected.details());
        }
        if (error instanceof AccessDeniedException) {
            return new Coded("FORBIDDEN", "Your role does not allow this; nothing was changed. "
                    + "Ask an administrator if you need it.", Map.of());
        }
        if (error instanceof AuthenticationException) {
            return new Coded("UNAUTHENTICATED", "Sign in first; nothing was changed.", Map.of());
        }
        log.error("Unexpected failure answering {}", answering, error);
        return new Coded("INTERNAL", "Something went wrong on our side; nothing was changed by it. "
                + "Please try again, and report it if it persists.", Map.of());
    }

    private static ChangeRejected rejection(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChangeRejected rejected) {
                return rejected;
            }
        }
        return null;
    }

    static GraphQLError error(DataFetchingEnvironment environment, String code, String message) {
        return error(environment, code, message, Map.of());
    }

    /** The same shape for an error without a field to point at, such as one ending a subscription. */
    static GraphQLError error(Coded coded) {
        Map<String, Object> extensions = new LinkedHashMap<>(coded.details());
        extensions.put("code", coded.code());
        return GraphqlErrorBuilder.newError().message(coded.message())
                .errorType(ErrorClassification.errorClassification(coded.code())).extensions(extensions).build();
    }

    private static GraphQLError error(DataFetchingEnvironment environment, String code, String message,
                                      Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError(environment)
                .message(message)
                .errorType(ErrorClassification.errorClassification(code))
                .extensions(extensions)
                .build();
    }

}
