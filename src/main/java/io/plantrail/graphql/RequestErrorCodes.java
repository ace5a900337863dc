package io.plantrail.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Errors graphql-java raises before any of our code runs (a missing reason, an unknown field,
 * "abc" for an amount) get the same stable {@code code} as ours: VALIDATION. An error of any other
 * kind without a code is ours, not the asker's: INTERNAL.
 */
@Component
class RequestErrorCodes implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().stream()
                .allMatch(e -> e.getExtensions() != null && e.getExtensions().containsKey("code"))
                ? response
                : response.transform(builder -> builder.errors(withCodes(response.getErrors()))));
    }

    private static List<GraphQLError> withCodes(List<ResponseError> errors) {
        return errors.stream().map(RequestErrorCodes::withCode).toList();
    }

    static String codeFor(ErrorClassification type) {
        if (type instanceof graphql.ErrorType graphQl) {
            return switch (graphQl) {
                case InvalidSyntax, ValidationError, OperationNotSupported, ExecutionAborted -> "VALIDATION"; // aborted: a limit the query broke
                default -> "INTERNAL";
            };
        }
        if (type instanceof org.springframework.graphql.execution.ErrorType spring) {
            return switch (spring) {
                case BAD_REQUEST -> "VALIDATION";
                case UNAUTHORIZED -> "UNAUTHENTICATED";
                case FORBIDDEN -> "FORBIDDEN";
                case NOT_FOUND -> "NOT_FOUND";
                default -> "INTERNAL";
            };
        }
        if ("BadFaithIntrospection".equals(type.toString())) {
            return "VALIDATION"; // graphql-java's guard against introspection asked for in bulk
        }
        return "INTERNAL";
    }

    private static GraphQLError withCode(ResponseError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.putIfAbsent("code", codeFor(error.getErrorType()));
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getParsedPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
