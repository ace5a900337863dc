package io.plantrail.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * An address plantrail does not serve, a method it does not take, or a failure outside GraphQL
 * still answers with {@code errors[].extensions.code}, as /graphql does, beside Spring's own fields.
 */
@Component
class ErrorPageCodes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        attributes.put("errors", List.of(Map.of("message", message(status), "extensions", Map.of("code", code(status)))));
        return attributes;
    }

    private static String code(int status) {
        return switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 409 -> "CONFLICT";
            case 503 -> "NOT_READY";
            default -> status >= 500 ? "INTERNAL" : "VALIDATION";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. The API is at /graphql; the documents at /plans/{id}/document.";
            case 405 -> "This address does not take that kind of request.";
            case 401 -> "Sign in first.";
            case 403 -> "Your role does not allow this. Ask an administrator if you need it.";
            default -> status >= 500 ? "Something went wrong on our side; please try again, and report it if it persists."
                    : "The request was not understood.";
        };
    }
}
