package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that generates its query from the schema (GraphiQL's explorer, codegen) asks for every
 * field. For each root field, a query for every field of every type reachable from it is built
 * from introspection and run on the Harrow plan, now and as at Draft 1: any error fails the test,
 * including a null in a non-null field. A guard for all later schema work.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plantrail.mongo.embedded=memory")
class EveryFieldAnswersTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final int DEEPEST = 7;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INTROSPECTION = """
            { __schema { types { name kind fields { name args { name defaultValue type { kind } }
              type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""";

    @LocalServerPort
    int port;

    /** Spring's schema inspection as the server built its schema. */
    @TestConfiguration
    static class InspectionReports {

        static final List<SchemaReport> REPORTS = new CopyOnWriteArrayList<>();

        @Bean
        GraphQlSourceBuilderCustomizer keepTheInspectionReport() {
            return builder -> builder.inspectSchemaMappings(REPORTS::add);
        }
    }

    /**
     * Every field of every type is read from a typed Java value or answered by a controller, so the
     * inspection checks each one against the schema (a field renamed on one side only fails here).
     */
    @Test
    void theSchemaInspectionFindsEveryFieldMappedAndNoTypeSkipped() {
        assertThat(InspectionReports.REPORTS).isNotEmpty();
        SchemaReport report = InspectionReports.REPORTS.get(InspectionReports.REPORTS.size() - 1);
        assertThat(report.unmappedFields()).as("unmapped fields").isEmpty();
        assertThat(report.unmappedRegistrations()).as("controllers for fields the schema lacks").isEmpty();
        assertThat(report.unmappedArguments()).as("arguments the schema lacks").isEmpty();
        assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
    }

    private Map<String, JsonNode> types;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "plans",
        "plan(id: \"" + PLAN + "\")",
        "plan(id: \"" + PLAN + "\", asAt: {draft: 1})",
        "history(planId: \"" + PLAN + "\", entityId: \"ENV-A-1\")",
        "history(planId: \"" + PLAN + "\", entityId: \"MTBS-1\")",
        "completeness(planId: \"" + PLAN + "\")",
        "planDiff(planId: \"" + PLAN + "\", from: {version: 1}, to: {draft: 1})",
        "verifyIntegrity(planId: \"" + PLAN + "\")",
        "planHistory(planId: \"" + PLAN + "\")"})
    void everyFieldOfTheRootAnswersWithoutAnError(String root) {
        String field = root.contains("(") ? root.substring(0, root.indexOf('(')) : root;
        String query = "{ " + root + " " + selectionOf(rootType(field), 0, new HashSet<>()) + " }";

        JsonNode answer = post(query);

        assertThat(answer.path("errors").isMissingNode() ? Set.of() : errors(answer))
                .as("errors of %s (%d characters asked)", root, query.length()).isEmpty();
        assertThat(answer.path("data").path(field).isNull()).as("%s answered", root).isFalse();
    }

    private String rootType(String field) {
        for (JsonNode candidate : schema().get("Query").get("fields")) {
            if (candidate.get("name").asString().equals(field)) {
                return namedType(candidate.get("type"));
            }
        }
        throw new IllegalArgumentException("No root field " + field);
    }

    /** Every field of the type whose arguments may be left out, objects expanded until {@link #DEEPEST}. */
    private String selectionOf(String typeName, int depth, Set<String> onThePath) {
        JsonNode type = schema().get(typeName);
        if (type.get("fields") == null || type.get("fields").isNull()) {
            return "";
        }
        List<String> selected = new ArrayList<>();
        for (JsonNode field : type.get("fields")) {
            if (needsAnArgument(field)) {
                continue;
            }
            String fieldType = namedType(field.get("type"));
            String kind = schema().get(fieldType).get("kind").asString();
            if (kind.equals("SCALAR") || kind.equals("ENUM")) {
                selected.add(field.get("name").asString());
            } else if (depth < DEEPEST && !onThePath.contains(fieldType)) {
                Set<String> path = new HashSet<>(onThePath);
                path.add(typeName);
                String inner = selectionOf(fieldType, depth + 1, path);
                selected.add(field.get("name").asString() + " " + (inner.isEmpty() ? "{ __typename }" : inner));
            }
        }
        return "{ " + String.join(" ", selected) + " }";
    }

    private static boolean needsAnArgument(JsonNode field) {
        for (JsonNode argument : field.get("args")) {
            if (argument.get("type").get("kind").asString().equals("NON_NULL") && argument.get("defaultValue").isNull()) {
                return true;
            }
        }
        return false;
    }

    private static String namedType(JsonNode type) {
        JsonNode named = type;
        while (named.get("name") == null || named.get("name").isNull()) {
            named = named.get("ofType");
        }
        return named.get("name").asString();
    }

    private Map<String, JsonNode> schema() {
        if (types == null) {
            types = new HashMap<>();
            post(INTROSPECTION).get("data").get("__schema").get("types")
                    .forEach(type -> types.put(type.get("name").asString(), type));
        }
        return types;
    }

    /** Each failing field once, whatever the list positions it failed at. */
    private static Set<String> errors(JsonNode answer) {
        Set<String> messages = new java.util.TreeSet<>();
        answer.get("errors").forEach(error -> messages.add(error.path("path").toString().replaceAll(",\\d+", ",*")
                + ": " + error.path("message").asString().replaceAll("[0-9]+", "#")));
        return messages;
    }

    private JsonNode post(String query) {
        String body = RestClient.create("http://localhost:" + port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBasicAuth("auditor", "auditor"))
                .body(JSON.writeValueAsString(Map.of("query", query)))
                .retrieve().body(String.class);
        return JSON.readTree(body);
    }
}
