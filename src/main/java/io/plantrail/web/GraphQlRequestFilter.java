package io.plantrail.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the envelope of a GraphQL request before GraphQL sees it: POST with JSON (or a query as
 * GET, see {@link QueryOverGet}), not too big, a
 * {@code query} text with optional {@code variables} and {@code operationName}. Anything else
 * gets a GraphQL-shaped error with code VALIDATION. Runs after sign-in, so strangers learn nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class GraphQlRequestFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** graphql-java's complexity count leaves __typename out, so its aliases are counted here. */
    private static final java.util.regex.Pattern TYPENAME = java.util.regex.Pattern.compile("__typename");
    private static final int MAX_TYPENAMES = 200;

    private final LimitsProperties limits;

    GraphQlRequestFilter(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = isGet(request) ? queryOverGet(request) : postedJson(request);
            requireGraphQlEnvelope(body);
        } catch (RefusedRequest refused) {
            if (refused.status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
                response.setHeader("Allow", isGet(request) ? "POST" : "GET, POST");
            }
            ErrorBody.write(response, refused.status(), "VALIDATION", refused.getMessage());
            return;
        }
        chain.doFilter(isGet(request) ? BufferedRequest.fromGet(request, body) : new BufferedRequest(request, body), response);
    }

    private static boolean isGet(HttpServletRequest request) {
        return "GET".equals(request.getMethod());
    }

    private byte[] queryOverGet(HttpServletRequest request) throws RefusedRequest {
        String address = request.getQueryString();
        if (address != null && address.length() > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        return QueryOverGet.envelope(request);
    }

    private byte[] postedJson(HttpServletRequest request) throws IOException, RefusedRequest {
        requirePostedJson(request);
        return readBody(request);
    }

    private static void requirePostedJson(HttpServletRequest request) throws RefusedRequest {
        if (!"POST".equals(request.getMethod())) {
            throw new RefusedRequest(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Send GraphQL requests as POST with a JSON body {\"query\": …, \"variables\": {…}}, or a query as GET.");
        }
        if (!isJson(request.getContentType())) {
            throw new RefusedRequest(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as JSON, with the header Content-Type: application/json.");
        }
    }

    /** JSON by name: "*&#47;*" or "application/*" is compatible with JSON but says nothing about the body. */
    private static boolean isJson(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && !type.isWildcardType() && !type.isWildcardSubtype()
                    && MediaType.APPLICATION_JSON.isCompatibleWith(type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] readBody(HttpServletRequest request) throws IOException, RefusedRequest {
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limits.maxBodyBytes() + 1);
            if (body.length > limits.maxBodyBytes()) {
                throw tooLarge();
            }
            return body;
        }
    }

    private RefusedRequest tooLarge() {
        return new RefusedRequest(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The request is larger than " + limits.maxBodyBytes() / 1024 + " KB; ask for less at a time.");
    }

    private void requireGraphQlEnvelope(byte[] body) throws RefusedRequest {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "The request body is not valid JSON.");
        }
        if (request == null || !request.isObject() || !request.path("query").isString()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                    "The request needs a \"query\" text: {\"query\": \"{ plans { id } }\"}.");
        }
        String query = request.get("query").asString();
        if (query.length() > limits.maxQueryLength()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                    "The query is longer than " + limits.maxQueryLength() + " characters; ask for less at a time.");
        }
        if (TYPENAME.matcher(query).results().count() > MAX_TYPENAMES) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                    "The query asks for __typename more than " + MAX_TYPENAMES + " times; ask for less at a time.");
        }
        if (!absentOr(request.get("variables"), JsonNode::isObject) || !absentOr(request.get("operationName"), JsonNode::isString)
                || !absentOr(request.get("extensions"), JsonNode::isObject)) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                    "\"variables\" and \"extensions\" must be JSON objects and \"operationName\" a text, where given.");
        }
    }

    private static boolean absentOr(JsonNode node, java.util.function.Predicate<JsonNode> shape) {
        return node == null || node.isNull() || shape.test(node);
    }
}
