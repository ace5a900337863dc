package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.audit.LogRestore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Whatever a signed-in person sends, the proof holds: every text in every argument of every field,
 * found by asking the schema itself, is held to the one text rule before anything is stored; a
 * request that would store one change and then fail another is refused whole; inputs are as strict
 * as the README says. After the hostile run the chain verifies and the exported log restores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class NoRequestBreaksTheProofTest extends ApiTestSupport {

    /** Texts that must never reach an event: lone surrogates, NUL and controls, invisible only, hidden direction, too long. */
    static final List<String> HOSTILE = List.of("k\udfff", "\udc00X", "a\u0000b", "a\u001bb", "\u200b", "\u200b\u200d\u2060",
            "\u202Egnp.exe", "a\u2066b", "x".repeat(100_000));

    /** How the text rule says what it refused; a refusal for another reason (an empty title) does not count. */
    static final List<String> RULE_WORDS = List.of("half of a surrogate pair", "control character", "only invisible characters",
            "direction control", "characters long; the limit is");
    private static final String INTEGRITY = "query($p: ID!) { verifyIntegrity(planId: $p) { ok checkedEvents } }";
    private static final String TYPE = "name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } }";
    private static final String SCHEMA = """
            { __schema { mutationType { name } queryType { name } types { name kind
              inputFields { name type { %s } }
              fields { name type { %s } args { name type { %s } } } enumValues { name } } } }""".formatted(TYPE, TYPE, TYPE);

    @Autowired
    LogRestore restore;

    private Map<String, Map<String, Object>> types;
    private Map<String, String> ids;

    @Test
    @Tag("soak") // every argument of the schema, each hostile text: a sweep, run by verify
    @SuppressWarnings("unchecked")
    void everyTextInEveryArgumentIsHeldToTheTextRuleAndTheLogStillRestores() throws Exception {
        String outcome = addOutcome("Removal of all graffiti", "UL");
        ids = Map.of("planId", planId, "themeId", "ENV", "priorityId", "ENV-A", "outcomeId", outcome, "entityId", outcome);
        List<Map<String, Object>> all = run(auditor, SCHEMA).path("__schema.types").entityList(Map.class).get()
                .stream().map(type -> (Map<String, Object>) type).toList();
        types = all.stream().collect(Collectors.toMap(type -> (String) type.get("name"), type -> type));

        List<String> missed = new ArrayList<>();
        int sent = 0;
        for (String root : List.of("Mutation", "Query")) {
            for (Map<String, Object> field : (List<Map<String, Object>>) types.get(root).get("fields")) {
                for (List<Object> path : textPaths(field)) {
                    for (String hostile : HOSTILE) {
                        String refusal = refusal(root, field, path, hostile);
                        sent++;
                        if (refusal != null) {
                            missed.add(root + "." + field.get("name") + " " + path + " <- " + shown(hostile) + ": " + refusal);
                        }
                    }
                }
            }
        }

        assertThat(missed).as("texts that passed the rule, of " + sent + " sent").isEmpty();
        assertThat(sent).as("the schema's text arguments were found").isGreaterThan(500);
        run(auditor, INTEGRITY, "p", planId).path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(true);
        List<String> log = exportedLog();
        LogRestore.Restored restored = restore.restore(log);
        assertThat(restored.events()).isEqualTo(restored.alreadyThere()).isEqualTo(log.size());
    }

    @Test
    void aDocumentWithTwoChangesIsRefusedWholeAndNothingIsStored() {
        expectError("VALIDATION", "one change a request", """
                mutation($p: ID!) { a: addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "Stored?"}, reason: "r") { id }
                  b: addOutcome(planId: $p, priorityId: "NOPE", input: {title: "Unknown"}, reason: "r") { id } }""", "p", planId);
        expectError("VALIDATION", "one change a request", """
                mutation($p: ID!) { ...a ... on Mutation { b: addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "B"}, reason: "r") { id } } }
                fragment a on Mutation { a: addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "A"}, reason: "r") { id } }""",
                "p", planId);
        run("mutation($p: ID!) { __typename addOutcome(planId: $p, priorityId: \"ENV-A\", input: {title: \"One\"}, reason: \"r\") { id } }",
                "p", planId);
    }

    @Test
    void aChangeStoredBeforeItsAnswerFailsStillSaysItWasStored() {
        long before = planVersion();
        GraphQlTester.Response answer = graphQl.document("""
                mutation($p: ID!) { addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "Stored"}, reason: "r") {
                  planVersion id plan { outcomes(filter: {search: "a\\u0000b"}) { id } } } }""")
                .variables(GraphQlClient.vars("p", planId)).execute();
        answer.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "VALIDATION")));
        answer.path("addOutcome.planVersion").entity(Long.class).isEqualTo(before + 1);
        assertThat(planVersion()).isEqualTo(before + 1);
    }

    @Test
    void aSubscriptionOverHttpIsRefusedWithACode() throws Exception {
        HttpResponse<String> answer = post("officer", "{\"query\":\"subscription { planChanged(planId: \\\"" + planId + "\\\") { planVersion } }\"}");
        assertThat(answer.body()).contains("\"code\":\"VALIDATION\"").contains("/graphql-ws").doesNotContain("upstreamPublisher");
    }

    @Test
    void idsFiguresAndDatesOfTheWrongShapeAreValidation() throws Exception {
        assertThat(post("auditor", "{\"query\":\"query($p: ID!) { plan(id: $p) { version } }\",\"variables\":{\"p\":{\"$gt\":\"\"}}}").body())
                .contains("\"code\":\"VALIDATION\"").contains("An id is a text");
        String outcome = addOutcome("Removal of all graffiti", "UL");
        for (String figure : List.of("1e3", " 1", "1 ", "\u0661\u0662", "0x10", "1,000", "+1", "Infinity", "NaN", "")) {
            expectError("VALIDATION", "is not an amount", """
                    mutation($p: ID!, $o: ID!, $t: Decimal) { setTarget(planId: $p, outcomeId: $o, input: {description: "d", target: $t},
                      reason: "r") { planVersion } }""", "p", planId, "o", outcome, "t", figure);
        }
        run("""
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "d", target: "-229.337"},
                  reason: "r") { planVersion } }""", "p", planId, "o", outcome);
        expectError("VALIDATION", "is not an amount", """
                mutation($p: ID!, $o: ID!) { setTarget(planId: $p, outcomeId: $o, input: {description: "d", target: 1e3},
                  reason: "r") { planVersion } }""", "p", planId, "o", outcome);
        expectError("VALIDATION", "is not an amount", """
                mutation($p: ID!, $o: ID!, $t: Decimal) { setTarget(planId: $p, outcomeId: $o, input: {description: "d", target: $t},
                  reason: "r") { planVersion } }""", "p", planId, "o", outcome, "t", new java.math.BigDecimal("1E+3"));
        run("""
                mutation($p: ID!, $o: ID!, $t: Decimal) { setTarget(planId: $p, outcomeId: $o, input: {description: "d", target: $t},
                  reason: "r") { planVersion } }""", "p", planId, "o", outcome, "t", new java.math.BigDecimal("12345678901234567.89"));
        run("query($p: ID!) { plan(id: $p) { outcomes { targets { target } } } }", "p", planId)
                .path("plan.outcomes[0].targets[*].target").entityList(String.class).contains("12345678901234567.89");
        for (String date : List.of("+99999-01-01", "0001-01-01", "2004-4-7", " 2004-04-07", "\u0662\u0660\u0660\u0664-04-07")) {
            expectError(admin, "VALIDATION", "not a valid Date", """
                    mutation($p: ID!, $d: Date!) { issueDraft(planId: $p, label: "Draft 1", documentDate: $d, reason: "r") { planVersion } }""",
                    "p", planId, "d", date);
        }
        expectError(auditor, "VALIDATION", "not a valid DateTime", "query($p: ID!, $t: DateTime) { plan(id: $p, asAt: {timestamp: $t}) { id } }",
                "p", planId, "t", "+99999-01-01T00:00:00Z");
    }

    @Test
    void aContactSentEmptyIsRefused() {
        for (String name : List.of("", " ", "X \udc00", "A\u0000B")) {
            expectError("VALIDATION", "", """
                    mutation($p: ID!, $n: String) { addOutcome(planId: $p, priorityId: "ENV-A", input: {title: "T",
                      contacts: [{name: $n, phone: "020 8424 1590"}]}, reason: "r") { id } }""", "p", planId, "n", name);
        }
    }

    @Test
    void introspectionInBadFaithAndTheErrorPageAnswerWithProperCodes() throws Exception {
        assertThat(post("auditor", "{\"query\":\"{ a: __schema { types { name } } b: __schema { types { name } } }\"}").body())
                .contains("\"code\":\"VALIDATION\"").doesNotContain("INTERNAL");
        HttpResponse<String> error = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void fortyCopiesOfTheWholeTreeAreRefusedBeforeTheyRunAndOneIsAnswered() throws Exception {
        String tree = "plan(id: \\\"" + planId + "\\\") { themes { id name priorities { id title outcomes { id title achievements actions"
                + " gaps { field kind wording } targets { id description target unit gaps { field kind } } } } } }";
        StringBuilder forty = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            forty.append(" t").append(i).append(": ").append(tree);
        }
        assertThat(forty.length()).isLessThan(20_000);
        assertThat(post("scrutiny", "{\"query\":\"" + forty + " }\"}").body())
                .contains("\"code\":\"VALIDATION\"").doesNotContain("\"data\"");
        assertThat(post("scrutiny", "{\"query\":\"{ " + tree + " }\"}").body()).contains("\"themes\"").doesNotContain("errors");

        StringBuilder spread = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            spread.append(" t").append(i).append(": plan(id: \\\"").append(planId).append("\\\") { ...tree }");
        }
        String fragment = " } fragment tree on Plan { themes { id name priorities { id title outcomes { id title achievements actions"
                + " gaps { field kind wording } targets { id description target unit gaps { field kind } } } } } }";
        assertThat(post("scrutiny", "{\"query\":\"" + spread + fragment + "\"}").body()).as("the same, written with a fragment")
                .contains("\"code\":\"VALIDATION\"").contains("too big").doesNotContain("\"data\"");
    }

    /** Null if the text was refused by the rule with VALIDATION, else what happened instead. */
    private String refusal(String root, Map<String, Object> field, List<Object> path, String hostile) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder declared = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        for (Map<String, Object> arg : args(field)) {
            String name = (String) arg.get("name");
            boolean target = path.get(0).equals(name);
            if (!target && !isRequired(arg.get("type"))) {
                continue;
            }
            Object value = target ? valueWith(arg.get("type"), path.subList(1, path.size()), hostile, name) : minimal(arg.get("type"), name);
            variables.put(name, value);
            declared.append(declared.isEmpty() ? "" : ", ").append('$').append(name).append(": ").append(typeName(arg.get("type")));
            arguments.append(arguments.isEmpty() ? "" : ", ").append(name).append(": $").append(name);
        }
        String selection = isComposite(field.get("type")) ? " { __typename }" : "";
        String document = (root.equals("Mutation") ? "mutation" : "query") + "(" + declared + ") { " + field.get("name")
                + "(" + arguments + ")" + selection + " }";
        GraphQlTester.Response response = graphQl.document(document).variables(variables).execute();
        List<ResponseError> errors = new ArrayList<>();
        response.errors().satisfy(errors::addAll);
        if (errors.isEmpty()) {
            return "answered without an error";
        }
        Object code = errors.get(0).getExtensions() == null ? null : errors.get(0).getExtensions().get("code");
        String message = errors.get(0).getMessage();
        return "VALIDATION".equals(code) && RULE_WORDS.stream().anyMatch(message::contains) ? null : code + ": " + message;
    }

    /** Every path from an argument to a text (String, ID or a plain JSON Value) through input objects and lists. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> textPaths(Map<String, Object> field) {
        List<List<Object>> paths = new ArrayList<>();
        for (Map<String, Object> arg : args(field)) {
            collect(arg.get("type"), new ArrayList<>(List.of(arg.get("name"))), paths, 0);
        }
        return paths;
    }

    @SuppressWarnings("unchecked")
    private void collect(Object typeRef, List<Object> path, List<List<Object>> into, int depth) {
        Map<String, Object> type = (Map<String, Object>) typeRef;
        switch ((String) type.get("kind")) {
            case "NON_NULL" -> collect(type.get("ofType"), path, into, depth);
            case "LIST" -> collect(type.get("ofType"), append(path, 0), into, depth);
            case "SCALAR" -> {
                if (List.of("String", "ID", "Value").contains(type.get("name"))) {
                    into.add(path);
                }
            }
            case "INPUT_OBJECT" -> {
                if (depth < 4) {
                    for (Map<String, Object> input : (List<Map<String, Object>>) types.get(type.get("name")).get("inputFields")) {
                        collect(input.get("type"), append(path, input.get("name")), into, depth + 1);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** A value of the type whose text at {@code path} is the hostile one, every required part filled in plainly. */
    @SuppressWarnings("unchecked")
    private Object valueWith(Object typeRef, List<Object> path, String hostile, String name) {
        Map<String, Object> type = (Map<String, Object>) typeRef;
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> valueWith(type.get("ofType"), path, hostile, name);
            case "LIST" -> List.of(valueWith(type.get("ofType"), path.subList(1, path.size()), hostile, name));
            case "SCALAR" -> hostile;
            default -> {
                Map<String, Object> object = (Map<String, Object>) minimal(typeRef, name);
                Map<String, Object> input = ((List<Map<String, Object>>) types.get(type.get("name")).get("inputFields")).stream()
                        .filter(f -> f.get("name").equals(path.get(0))).findFirst().orElseThrow();
                object.put((String) input.get("name"), valueWith(input.get("type"), path.subList(1, path.size()), hostile,
                        (String) input.get("name")));
                yield object;
            }
        };
    }

    /** The plainest valid value of a type: a real id where the argument names one, else "x", 0, the first enum value. */
    @SuppressWarnings("unchecked")
    private Object minimal(Object typeRef, String name) {
        Map<String, Object> type = (Map<String, Object>) typeRef;
        String typeName = (String) type.get("name");
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> minimal(type.get("ofType"), name);
            case "LIST" -> List.of();
            case "ENUM" -> ((List<Map<String, Object>>) types.get(typeName).get("enumValues")).get(0).get("name");
            case "INPUT_OBJECT" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map<String, Object> input : (List<Map<String, Object>>) types.get(typeName).get("inputFields")) {
                    if (isRequired(input.get("type"))) {
                        object.put((String) input.get("name"), minimal(input.get("type"), (String) input.get("name")));
                    }
                }
                yield object;
            }
            default -> switch (typeName) {
                case "Int" -> 0;
                case "Boolean" -> false;
                case "Decimal" -> "1";
                case "Date" -> "2004-04-07";
                case "DateTime" -> "2004-04-07T00:00:00Z";
                default -> ids.getOrDefault(name, "x");
            };
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> args(Map<String, Object> field) {
        return (List<Map<String, Object>>) field.get("args");
    }

    @SuppressWarnings("unchecked")
    private static boolean isRequired(Object typeRef) {
        return "NON_NULL".equals(((Map<String, Object>) typeRef).get("kind"));
    }

    @SuppressWarnings("unchecked")
    private static boolean isComposite(Object typeRef) {
        Map<String, Object> type = (Map<String, Object>) typeRef;
        String kind = (String) type.get("kind");
        return kind.equals("NON_NULL") || kind.equals("LIST") ? isComposite(type.get("ofType"))
                : List.of("OBJECT", "INTERFACE", "UNION").contains(kind);
    }

    @SuppressWarnings("unchecked")
    private static String typeName(Object typeRef) {
        Map<String, Object> type = (Map<String, Object>) typeRef;
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> typeName(type.get("ofType")) + "!";
            case "LIST" -> "[" + typeName(type.get("ofType")) + "]";
            default -> (String) type.get("name");
        };
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String shown(String text) {
        return text.length() > 20 ? text.length() + " characters" : text.chars().mapToObj(c -> c < 0x20 || c > 0x7e
                ? "\\u%04x".formatted(c) : String.valueOf((char) c)).collect(Collectors.joining());
    }

    private List<String> exportedLog() throws Exception {
        HttpResponse<String> log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/plans/" + planId + "/log"))
                .header("Authorization", basic("auditor")).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(log.statusCode()).isEqualTo(200);
        return log.body().lines().filter(line -> !line.isBlank()).toList();
    }

    private HttpResponse<String> post(String user, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
