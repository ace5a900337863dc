package io.plantrail.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fifty officers, each signed in as themselves, edit the same outcome at the same moment. One
 * wins each round; the others are told CONFLICT, reload and try again. In the end every edit is
 * in the history once, under its author's name, and none vanished.
 */
@Tag("soak") // fifty officers at once: a load test, run by verify
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class ConcurrentEditsTest {

    private static final int OFFICERS = 50;
    private static final String PLAN = "concurrent-edits";
    private static final String OUTCOME = "ENV-A-1";
    private static final CouncilTokens PROVIDER = new CouncilTokens();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry registry) {
        PROVIDER.trustedBy(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Attempt(String officer, boolean accepted, String code) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a retry loop that never ends fails instead of hanging CI
    void fiftyOfficersEditingOneOutcomeAtOnceLoseNoEdit() throws Exception {
        openPlanWithOneOutcome();
        long start = outcomeVersion(token("o.setup"));
        CyclicBarrier allHaveRead = new CyclicBarrier(OFFICERS);
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();

        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        List<Future<?>> officers = new ArrayList<>();
        for (int i = 1; i <= OFFICERS; i++) {
            String officer = "officer-%02d".formatted(i);
            officers.add(pool.submit(() -> editUntilAccepted(officer, allHaveRead, attempts)));
        }
        for (Future<?> officer : officers) {
            officer.get();
        }
        pool.shutdown();

        List<Attempt> refused = attempts.stream().filter(a -> !a.accepted()).toList();
        assertThat(refused).as("every refusal is a CONFLICT").allMatch(a -> "CONFLICT".equals(a.code()));
        assertThat(refused).as("all read the same version first, so exactly one of the first round won")
                .hasSizeGreaterThanOrEqualTo(OFFICERS - 1);
        assertThat(attempts.stream().filter(Attempt::accepted).map(Attempt::officer))
                .containsExactlyInAnyOrderElementsOf(officerNames());

        List<Map<String, Object>> history = historyOfTheOutcome();
        assertThat(history).hasSize(OFFICERS + 1);
        assertThat(history.stream().filter(h -> "OutcomeRevised".equals(h.get("type"))).map(h -> h.get("actor")))
                .as("each accepted edit is in the history once, under its author")
                .containsExactlyInAnyOrderElementsOf(officerNames());
        assertThat(history).allMatch(h -> h.get("actor").equals("o.setup")
                || h.get("reason").equals("Edit by " + h.get("actor")));
        assertThat(outcomeVersion(token("o.setup"))).isEqualTo(start + OFFICERS);
    }

    private Void editUntilAccepted(String officer, CyclicBarrier allHaveRead, ConcurrentLinkedQueue<Attempt> attempts)
            throws Exception {
        String token = token(officer);
        long version = outcomeVersion(token);
        allHaveRead.await();
        while (true) {
            Map<String, Object> answer = post(token, """
                    mutation($v: Int!, $title: String, $reason: String!) { reviseOutcome(planId: "%s", outcomeId: "%s",
                      input: {title: $title}, expectedVersion: $v, reason: $reason) { planVersion } }""".formatted(PLAN, OUTCOME),
                    Map.of("v", version, "title", "Title as " + officer + " left it", "reason", "Edit by " + officer));
            String code = firstErrorCode(answer);
            attempts.add(new Attempt(officer, code == null, code));
            if (code == null || !code.equals("CONFLICT")) {
                return null;
            }
            version = outcomeVersion(token);
        }
    }

    private void openPlanWithOneOutcome() throws Exception {
        requireNoErrors(post(PROVIDER.tokenFor("a.admin", "ADMIN"),
                "mutation { startPlan(id: \"" + PLAN + "\", title: \"Plan\", reason: \"Test\") { id } }", Map.of()));
        String setup = token("o.setup");
        requireNoErrors(post(setup, "mutation { addTheme(planId: \"" + PLAN + "\", key: \"ENV\", input: {name: \"Environment\"}, "
                + "reason: \"Test\") { id } }", Map.of()));
        requireNoErrors(post(setup, "mutation { addPriority(planId: \"" + PLAN + "\", themeId: \"ENV\", input: {letter: \"A\", "
                + "title: \"Street scene\"}, reason: \"Test\") { id } }", Map.of()));
        requireNoErrors(post(setup, "mutation { addOutcome(planId: \"" + PLAN + "\", priorityId: \"ENV-A\", input: {title: "
                + "\"Graffiti\"}, reason: \"Test\") { id } }", Map.of()));
    }

    private long outcomeVersion(String token) throws Exception {
        Map<String, Object> answer = requireNoErrors(post(token, "{ plan(id: \"" + PLAN + "\") { outcomes { version } } }", Map.of()));
        return ((Number) dig(answer, "data", "plan", "outcomes", 0, "version")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> historyOfTheOutcome() throws Exception {
        Map<String, Object> answer = requireNoErrors(post(PROVIDER.tokenFor("a.auditor", "AUDITOR"),
                "{ history(planId: \"" + PLAN + "\", entityId: \"" + OUTCOME + "\", first: 100) { edges { node { type actor reason } } } }",
                Map.of()));
        List<Map<String, Object>> edges = (List<Map<String, Object>>) dig(answer, "data", "history", "edges");
        return edges.stream().map(e -> (Map<String, Object>) e.get("node")).toList();
    }

    private static String token(String officer) {
        return PROVIDER.tokenFor(officer, "OFFICER");
    }

    private static List<String> officerNames() {
        return IntStream.rangeClosed(1, OFFICERS).mapToObj("officer-%02d"::formatted).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String token, String query, Map<String, Object> variables) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build();
        return JSON.readValue(http.send(request, HttpResponse.BodyHandlers.ofString()).body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static String firstErrorCode(Map<String, Object> answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        return errors == null || errors.isEmpty() ? null : (String) ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
    }

    private static Map<String, Object> requireNoErrors(Map<String, Object> answer) {
        assertThat(answer.get("errors")).as("errors in %s", answer).isNull();
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Object dig(Object json, Object... path) {
        for (Object step : path) {
            json = step instanceof Integer i ? ((List<Object>) json).get(i) : ((Map<String, Object>) json).get(step);
        }
        return json;
    }
}
