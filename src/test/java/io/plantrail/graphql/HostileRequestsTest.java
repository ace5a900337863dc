package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed or hostile requests of 18 kinds, generated from a fixed seed: every one is answered
 * with a GraphQL error carrying a known code, none with a server error, the server stays up and
 * not one event is stored. One of each kind in the unit suite; over a thousand in the soak
 * (tagged {@code soak}, run by Failsafe in {@code mvn verify}).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class HostileRequestsTest {

    private static final String PLAN = "hostile";
    private static final String OUTCOME = "ENV-A-1";
    /** The soak's rounds of every kind: each round varies the request (a different injection, depth, size …). */
    private static final int SOAK_ROUNDS = 60;
    private static final Set<String> KNOWN_CODES = Set.of("VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN", "UNAUTHENTICATED");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Object> INJECTIONS = List.of("{\"$gt\": \"\"}", "$where", "'; db.dropDatabase(); //",
            ".*", "^.*$", "harrow' || '1'=='1", "\u0000", "../../etc/passwd", "<script>alert(1)</script>",
            Map.of("$gt", ""), Map.of("$ne", ""), Map.of("$where", "sleep(1000)"), List.of("$in", ".*"));

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(2004);

    record Hostile(String kind, String method, String contentType, BodyPublisher body, String user, String password) {
    }

    /** One round of every kind, in the unit suite. */
    @Test
    void everyKindOfHostileRequestIsRefusedAndStoresNothing() throws Exception {
        refusedAndNothingStored(1);
    }

    /** The soak, in the integration tests (failsafe, {@code mvn verify}): over a thousand requests. */
    @Test
    @Tag("soak")
    void aThousandHostileRequestsAreAllRefusedAndStoreNothing() throws Exception {
        refusedAndNothingStored(SOAK_ROUNDS);
    }

    private void refusedAndNothingStored(int rounds) throws Exception {
        openPlanWithOneOutcome();
        long eventsBefore = storedEvents();

        List<Function<Integer, Hostile>> kinds = List.of(this::malformedJson, this::wrongContentType, this::notAGraphQlEnvelope,
                this::injectedPlanId, this::injectedOutcomeId, this::injectedFilter, this::tooDeep, this::aliasBomb,
                this::hugeText, this::hugeBody, this::wrongVariableTypes, this::unknownEnumOrField, this::noReason,
                this::outOfRange, this::forbiddenRole, this::notSignedIn, this::wrongMethod, this::unknownIds);
        for (int round = 0; round < rounds; round++) {
            for (Function<Integer, Hostile> kind : kinds) {
                Hostile hostile = kind.apply(round);
                assertRefused(hostile, send(hostile));
            }
        }

        assertThat(storedEvents()).as("not one event stored").isEqualTo(eventsBefore);
        HttpResponse<String> healthy = send(graphQl("officer", "{ plan(id: \"" + PLAN + "\") { outcomes { id } } }", Map.of()));
        assertThat(healthy.statusCode()).isEqualTo(200);
        assertThat(healthy.body()).contains(OUTCOME).doesNotContain("errors");
    }

    @Test
    void eachLimitSaysWhichLimitWasHit() throws Exception {
        openPlanWithOneOutcome();
        assertError(tooDeep(0), 200, "maximum query depth exceeded");
        assertError(aliasBomb(0), 200, "would be too big");
        assertError(hugeBody(0), 413, "larger than 256 KB");
        assertError(hugeBody(1), 413, "larger than 256 KB");
        assertError(wrongContentType(0), 415, "Content-Type: application/json");
        assertError(raw("malformed", "application/json", "{\"query\": "), 400, "not valid JSON");
        assertError(hugeText(0), 200, "characters long; the limit is 20000");
        assertError(graphQl("officer", "mutation { setTarget(planId: \"" + PLAN + "\", outcomeId: \"" + OUTCOME
                + "\", input: {description: \"d\", target: \"1e999999999\"}, reason: \"r\") { id } }", Map.of()),
                200, "is not an amount");
    }

    @SuppressWarnings("unchecked")
    private void assertError(Hostile hostile, int status, String messagePart) throws Exception {
        HttpResponse<String> response = send(hostile);
        assertThat(response.statusCode()).as(hostile.kind()).isEqualTo(status);
        Map<String, Object> error = ((List<Map<String, Object>>) JSON.readValue(response.body(), Map.class).get("errors")).get(0);
        assertThat((String) error.get("message")).as(hostile.kind()).contains(messagePart);
        assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "VALIDATION");
    }

    private Hostile malformedJson(int round) {
        String valid = "{\"query\": \"{ plan(id: \\\"" + PLAN + "\\\") { version } }\"}";
        String broken = round % 2 == 0 ? valid.substring(0, 1 + random.nextInt(valid.length() - 2)) : randomText(1 + random.nextInt(200));
        return raw("malformed JSON", "application/json", broken);
    }

    private Hostile wrongContentType(int round) {
        List<String> types = List.of("text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data",
                "application/graphql", "text/html; charset=utf-8", "application/jsonp", "not a type");
        return raw("wrong content type", types.get(round % types.size()), "{\"query\": \"{ plans { id } }\"}");
    }

    private Hostile notAGraphQlEnvelope(int round) {
        List<String> bodies = List.of("[]", "42", "\"query\"", "null", "{}", "{\"query\": 5}", "{\"query\": null}",
                "{\"query\": [\"{ plans { id } }\"]}", "{\"query\": \"{ plans { id } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ plans { id } }\", \"variables\": [1]}", "{\"query\": \"{ plans { id } }\", \"operationName\": 7}",
                "{\"query\": {\"$gt\": \"\"}}", "{\"query\": \"\"}", "{\"query\": \"   \"}");
        return raw("not a GraphQL request", "application/json", bodies.get(round % bodies.size()));
    }

    private Hostile injectedPlanId(int round) {
        return graphQl("scrutiny", "query($id: ID!) { plan(id: $id) { version outcomes { id } } }", Map.of("id", injection(round)));
    }

    private Hostile injectedOutcomeId(int round) {
        return graphQl("officer", """
                mutation($o: ID!) { reviseOutcome(planId: "%s", outcomeId: $o, input: {title: "Taken over"}, expectedVersion: 4,
                  reason: "Injected") { planVersion } }""".formatted(PLAN), Map.of("o", injection(round)));
    }

    private Hostile injectedFilter(int round) {
        Map<String, Object> filter = Map.of(List.of("search", "leadDirectorate", "themeId", "priorityId").get(round % 4),
                List.of(Map.of("$gt", ""), Map.of("$regex", ".*"), List.of("$ne", ""), Map.of("$in", List.of("ENV-A"))).get(round % 4));
        return graphQl("scrutiny", "query($f: OutcomeFilter) { plan(id: \"" + PLAN + "\") { outcomes(filter: $f) { id } } }",
                Map.of("f", filter));
    }

    private Hostile tooDeep(int round) {
        int depth = 16 + random.nextInt(40);
        String query = "{ __schema { types { " + "fields { type { ".repeat(depth / 2) + "name" + " } }".repeat(depth / 2) + " } } }";
        return graphQl("auditor", query, Map.of());
    }

    private Hostile aliasBomb(int round) {
        StringBuilder query = new StringBuilder("{");
        int aliases = 8 + random.nextInt(15); // copies of the whole tree: over the answer's size limit, under the length limit
        for (int i = 0; i < aliases; i++) {
            query.append(" a").append(i).append(": plan(id: \"").append(PLAN).append("\") { themes { id name statement")
                    .append(" priorities { id title outcomes { id title leadDirectorate achievements actions plans indicators")
                    .append(" gaps { field kind wording } targets { id description baseline target unit byWhen")
                    .append(" gaps { field kind wording } } } } } }");
        }
        return graphQl("scrutiny", query.append(" }").toString(), Map.of());
    }

    private Hostile hugeText(int round) {
        String text = "x".repeat(20_001 + random.nextInt(50_000));
        Map<String, Object> variables = round % 2 == 0 ? Map.of("title", text, "reason", "From the draft")
                : Map.of("title", "Graffiti", "reason", text);
        return graphQl("officer", """
                mutation($title: String, $reason: String!) { addOutcome(planId: "%s", priorityId: "ENV-A", input: {title: $title},
                  reason: $reason) { id } }""".formatted(PLAN), variables);
    }

    private Hostile hugeBody(int round) {
        String padding = "y".repeat(300_000 + random.nextInt(100_000));
        String body = "{\"query\": \"{ plans { id } }\", \"variables\": {\"pad\": \"" + padding + "\"}}";
        BodyPublisher publisher = round % 2 == 0 ? BodyPublishers.ofString(body)
                : BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return new Hostile("huge body", "POST", "application/json", publisher, "officer", "officer");
    }

    private Hostile wrongVariableTypes(int round) {
        List<Object> versions = List.of("abc", 1e20, true, List.of(1), Map.of("$gt", 0), -1.5, "4");
        List<Object> amounts = List.of("1e999999999", "12,5", "NaN", "Infinity", "0x1F", "9".repeat(40), Map.of("$gt", ""));
        if (round % 2 == 0) {
            return graphQl("officer", """
                    mutation($v: Int!) { reviseOutcome(planId: "%s", outcomeId: "%s", input: {title: "New"}, expectedVersion: $v,
                      reason: "Typed wrong") { id } }""".formatted(PLAN, OUTCOME), Map.of("v", versions.get(round / 2 % versions.size())));
        }
        return graphQl("officer", """
                mutation($a: Decimal) { setTarget(planId: "%s", outcomeId: "%s", input: {description: "Recycled", target: $a},
                  reason: "Typed wrong") { id } }""".formatted(PLAN, OUTCOME), Map.of("a", amounts.get(round / 2 % amounts.size())));
    }

    private Hostile unknownEnumOrField(int round) {
        List<String> queries = List.of(
                "mutation { addOutcome(planId: \"" + PLAN + "\", priorityId: \"ENV-A\", input: {title: \"T\", gaps: [{field: \"title\", "
                        + "kind: NOT_A_KIND}]}, reason: \"r\") { id } }",
                "{ plan(id: \"" + PLAN + "\") { nonsense } }",
                "{ plan(id: \"" + PLAN + "\") { outcomes { id password } } }",
                "mutation { dropDatabase }",
                "{ plan(id: \"" + PLAN + "\") { version } ",
                "query { plan(id: \"" + PLAN + "\", asAt: {draft: 1, version: 2}) { version } }",
                "subscription { plans { id } }",
                "{ plan(id: \"" + PLAN + "\") { ...F } } fragment F on Plan { ...F }");
        return graphQl("officer", queries.get(round % queries.size()), Map.of());
    }

    private Hostile noReason(int round) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reason", List.of("", "   ", "\n\t").get(round % 3));
        return graphQl("officer", """
                mutation($reason: String!) { addOutcome(planId: "%s", priorityId: "ENV-A", input: {title: "Graffiti"},
                  reason: $reason) { id } }""".formatted(PLAN), variables);
    }

    private Hostile outOfRange(int round) {
        List<String> queries = List.of(
                "{ planHistory(planId: \"" + PLAN + "\", first: 0) { totalCount } }",
                "{ planHistory(planId: \"" + PLAN + "\", first: 100000) { totalCount } }",
                "{ history(planId: \"" + PLAN + "\", entityId: \"" + OUTCOME + "\", first: -3) { totalCount } }",
                "{ history(planId: \"" + PLAN + "\", entityId: \"" + OUTCOME + "\", first: 2147483648) { totalCount } }",
                "mutation { addLpsaTarget(planId: \"" + PLAN + "\", input: {number: -5, title: \"T\"}, reason: \"r\") { id } }",
                "mutation { recordCpaAssessment(planId: \"" + PLAN + "\", input: {overallRating: \"Fair\", serviceScores: "
                        + "[{service: \"Education\", score: 99}]}, reason: \"r\") { id } }",
                "{ history(planId: \"" + PLAN + "\", entityId: \"" + OUTCOME + "\", after: \"not-a-cursor\") { totalCount } }");
        return graphQl("officer", queries.get(round % queries.size()), Map.of());
    }

    private Hostile forbiddenRole(int round) {
        String user = List.of("scrutiny", "auditor", "admin").get(round % 3);
        return graphQl(user, """
                mutation { addOutcome(planId: "%s", priorityId: "ENV-A", input: {title: "Not mine to add"}, reason: "r") { id } }"""
                .formatted(PLAN), Map.of());
    }

    private Hostile notSignedIn(int round) {
        String[][] credentials = {{null, null}, {"officer", "wrong"}, {"mallory", "mallory"}, {"officer", ""}};
        String[] pair = credentials[round % credentials.length];
        String body = "{\"query\": \"mutation { startPlan(id: \\\"stolen\\\", title: \\\"T\\\", reason: \\\"r\\\") { id } }\"}";
        return new Hostile("not signed in", "POST", "application/json", BodyPublishers.ofString(body), pair[0], pair[1]);
    }

    private Hostile wrongMethod(int round) {
        String method = List.of("GET", "PUT", "DELETE", "PATCH").get(round % 4);
        BodyPublisher body = method.equals("GET") || method.equals("DELETE") ? BodyPublishers.noBody()
                : BodyPublishers.ofString("{\"query\": \"{ plans { id } }\"}");
        return new Hostile("wrong method", method, "application/json", body, "officer", "officer");
    }

    private Hostile unknownIds(int round) {
        List<String> queries = List.of(
                "{ plan(id: \"no-such-plan\") { version } }",
                "mutation { removeOutcome(planId: \"" + PLAN + "\", outcomeId: \"ENV-Z-99\", expectedVersion: 1, reason: \"r\") { id } }",
                "mutation { setTarget(planId: \"" + PLAN + "\", outcomeId: \"ENV-A-404\", input: {description: \"d\"}, reason: \"r\") { id } }",
                "mutation { addOutcome(planId: \"no-such-plan\", priorityId: \"ENV-A\", input: {title: \"T\"}, reason: \"r\") { id } }",
                "{ history(planId: \"" + PLAN + "\", entityId: \"ENV-Q-7\") { totalCount } }",
                "{ plan(id: \"" + PLAN + "\", asAt: {draft: 9}) { version } }");
        return graphQl("officer", queries.get(round % queries.size()), Map.of());
    }

    private Object injection(int round) {
        return INJECTIONS.get(round % INJECTIONS.size());
    }

    private String randomText(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return random.nextBoolean() ? Base64.getEncoder().encodeToString(bytes) : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private Hostile raw(String kind, String contentType, String body) {
        return new Hostile(kind, "POST", contentType, BodyPublishers.ofString(body), "officer", "officer");
    }

    private Hostile graphQl(String user, String query, Map<String, Object> variables) {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        return new Hostile("GraphQL " + body.substring(0, Math.min(200, body.length())), "POST", "application/json",
                BodyPublishers.ofString(body), user, user);
    }

    @SuppressWarnings("unchecked")
    private void assertRefused(Hostile hostile, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: no server error", hostile.kind()).isLessThan(500);
        Map<String, Object> answer = JSON.readValue(response.body(), Map.class);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertThat(errors).as("%s: answered with an error: %s", hostile.kind(), response.body()).isNotEmpty();
        for (Map<String, Object> error : errors) {
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(extensions).as("%s: a code on %s", hostile.kind(), error).isNotNull();
            assertThat(KNOWN_CODES).as("%s: known code on %s", hostile.kind(), error).contains((String) extensions.get("code"));
        }
    }

    private HttpResponse<String> send(Hostile hostile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method(hostile.method(), hostile.body());
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        if (hostile.user() != null) {
            String credentials = hostile.user() + ":" + hostile.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void openPlanWithOneOutcome() throws Exception {
        if (send(graphQl("officer", "{ plans { id } }", Map.of())).body().contains(PLAN)) {
            return;
        }
        for (String[] step : List.of(
                new String[] {"admin", "mutation { startPlan(id: \"" + PLAN + "\", title: \"Plan\", reason: \"Test\") { id } }"},
                new String[] {"officer", "mutation { addTheme(planId: \"" + PLAN + "\", key: \"ENV\", input: {name: \"Environment\"}, reason: \"Test\") { id } }"},
                new String[] {"officer", "mutation { addPriority(planId: \"" + PLAN + "\", themeId: \"ENV\", input: {letter: \"A\", title: \"Streets\"}, reason: \"Test\") { id } }"},
                new String[] {"officer", "mutation { addOutcome(planId: \"" + PLAN + "\", priorityId: \"ENV-A\", input: {title: \"Graffiti\"}, reason: \"Test\") { id } }"})) {
            HttpResponse<String> response = send(graphQl(step[0], step[1], Map.of()));
            assertThat(response.body()).as(step[1]).doesNotContain("errors");
        }
    }

    private long storedEvents() {
        return database.getCollection("domainevents").countDocuments();
    }

}
