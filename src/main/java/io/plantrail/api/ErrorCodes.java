package io.plantrail.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.plantrail.plan.ChangeRejected;
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

    @Override
    protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment environment) {
        ChangeRejected rejected = rejection(error);
        if (rejected != null) {
            return error(environment, rejected.code().name(), rejected.getMessage(), rejected.details());
        }
        if (error instanceof AccessDeniedException) {
            return error(environment, "FORBIDDEN", "Your role does not allow this; nothing was changed. "
                    + "Ask an administrator if you need it.");
        }
        if (error instanceof AuthenticationException) {
            return error(environment, "UNAUTHENTICATED", "Sign in first; nothing was changed.");
        }
        log.error("Unexpected failure answering {}", environment.getExecutionStepInfo().getPath(), error);
        return error(environment, "INTERNAL", "Something went wrong on our side; nothing was changed by it. "
                + "Please try again, and report it if it persists.");
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
