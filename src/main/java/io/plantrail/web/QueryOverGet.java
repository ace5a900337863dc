package io.plantrail.web;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query sent as GET (graphql-over-HTTP): {@code /graphql?query=…&variables=…&operationName=…}.
 * It becomes the same JSON envelope a POST carries. Changes never travel by GET, where a link, a
 * prefetch or a cache could repeat them: a mutation or subscription is refused with 405.
 */
final class QueryOverGet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QueryOverGet() {
    }

    static byte[] envelope(HttpServletRequest request) throws RefusedRequest {
        String query = request.getParameter("query");
        if (query == null || query.isBlank()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                    "A GraphQL GET carries its query in the address: /graphql?query={ plans { id } }.");
        }
        String operationName = request.getParameter("operationName");
        refuseChanges(operation(query, operationName));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("query", query);
        envelope.put("operationName", operationName);
        envelope.put("variables", jsonParameter(request, "variables"));
        envelope.put("extensions", jsonParameter(request, "extensions"));
        return JSON.writeValueAsBytes(envelope);
    }

    /** The operation that would run; empty where the text does not parse (GraphQL then says why). */
    private static Optional<OperationDefinition> operation(String query, String operationName) {
        try {
            return Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> operationName == null || operationName.isEmpty() || operationName.equals(op.getName()))
                    .findFirst();
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }

    private static void refuseChanges(Optional<OperationDefinition> operation) throws RefusedRequest {
        if (operation.isPresent() && operation.get().getOperation() != OperationDefinition.Operation.QUERY) {
            throw new RefusedRequest(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Changes are sent as POST, never as GET; GET is for questions (queries) only.");
        }
    }

    private static JsonNode jsonParameter(HttpServletRequest request, String name) throws RefusedRequest {
        String text = request.getParameter(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "\"" + name + "\" in the address is not valid JSON.");
        }
    }
}
