package io.plantrail.access;

import static io.plantrail.graphql.GraphQlClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.graphql.GraphQlClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The local profile: the four demo accounts, each allowed its own work and refused the rest. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class SignInAndRolesTest {

    private static final String ADD_THEME = """
            mutation($p: ID!) { addTheme(planId: $p, key: "ENV", input: {name: "Environment"}, reason: "From the draft") { id } }""";
    private static final String ISSUE_DRAFT = """
            mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07", reason: "For scrutiny") { id } }""";
    private static final String INTEGRITY = "query($p: ID!) { verifyIntegrity(planId: $p) { ok } }";
    private static final String HISTORY = "query($p: ID!) { history(planId: $p, entityId: \"ENV\") { totalCount } }";
    private static final String READS = """
            query($p: ID!) { plan(id: $p) { version themes { id } } completeness(planId: $p) { openGaps }
              planDiff(planId: $p, from: {version: 1}, to: {version: 1}) { summary { changed } } }""";

    @LocalServerPort
    int port;

    String planId;

    @BeforeEach
    void startPlan() {
        planId = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        ok("admin", "mutation($id: ID!) { startPlan(id: $id, title: \"Roles\", reason: \"Test\") { id } }", "id", planId);
    }

    @Test
    void withoutSigningInEveryRequestIsRefusedWithACode() {
        for (String[] credentials : new String[][] {{}, {"officer", "wrong"}, {"nobody", "nobody"}}) {
            var answer = post(credentials, "{\"query\":\"{ plans { id } }\"}");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.challenge()).startsWith("Basic");
            assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        }
        Integer document = RestClient.create("http://localhost:" + port).get().uri("/plans/{p}/document", planId)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(document).isEqualTo(401);
    }

    @Test
    void aScriptThatSignsInWithItsOwnFormIsRefusedWithoutAChallengeSoTheBrowserShowsNoPrompt() {
        var answer = post(new String[] {"officer", "wrong"}, "{\"query\":\"{ plans { id } }\"}", "XMLHttpRequest");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.challenge()).isNull();
    }

    @Test
    void meNamesThePersonAndTheirRoles() {
        for (String person : List.of("auditor", "scrutiny", "officer", "admin")) {
            ok(person, "{ me { name roles } }").path("me.name").entity(String.class).isEqualTo(person)
                    .path("me.roles").entityList(String.class).containsExactly(person.toUpperCase());
        }
    }

    @Test
    void eachRoleIsRefusedWorkThatIsNotItsOwnAndNothingIsStored() {
        long before = version();
        forbidden("officer", "mutation { startPlan(id: \"other-plan\", title: \"X\", reason: \"Test\") { id } }");
        for (String notOfficer : List.of("scrutiny", "auditor", "admin")) {
            forbidden(notOfficer, ADD_THEME);
        }
        forbidden("officer", ISSUE_DRAFT);
        for (String notAuditor : List.of("scrutiny", "officer", "admin")) {
            forbidden(notAuditor, INTEGRITY);
        }
        forbidden("scrutiny", HISTORY);
        assertThat(version()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void eachRoleDoesItsOwnWork() {
        ok("officer", ADD_THEME, "p", planId);
        ok("admin", ISSUE_DRAFT, "p", planId);
        ok("auditor", INTEGRITY, "p", planId).path("verifyIntegrity.ok").entity(Boolean.class).isEqualTo(true);
        for (String reader : List.of("auditor", "scrutiny", "officer", "admin")) {
            ok(reader, READS, "p", planId).path("plan.themes[0].id").entity(String.class).isEqualTo("ENV");
        }
        for (String historyReader : List.of("auditor", "officer", "admin")) {
            ok(historyReader, HISTORY, "p", planId).path("history.totalCount").entity(Integer.class).isEqualTo(1);
        }
    }

    @Test
    void eachChangeNamesTheSignedInPersonWhoMadeIt() {
        ok("officer", ADD_THEME, "p", planId);
        ok("admin", ISSUE_DRAFT, "p", planId);

        ok("auditor", "query($p: ID!) { planHistory(planId: $p) { edges { node { type actor } } } }", "p", planId)
                .path("planHistory.edges[*].node.actor").entityList(String.class).containsExactly("admin", "officer", "admin");
    }

    @Test
    void auditorsExportTheRawLogWithItsHashesAndNoOneElseCan() {
        ok("officer", ADD_THEME, "p", planId);
        RestClient http = RestClient.create("http://localhost:" + port);

        String log = http.get().uri("/plans/{p}/log", planId).headers(h -> h.setBasicAuth("auditor", "auditor"))
                .retrieve().body(String.class);
        Integer scrutiny = http.get().uri("/plans/{p}/log", planId).headers(h -> h.setBasicAuth("scrutiny", "scrutiny"))
                .exchange((request, response) -> response.getStatusCode().value());
        Integer unknown = http.get().uri("/plans/no-such-plan/log").headers(h -> h.setBasicAuth("auditor", "auditor"))
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(log.lines()).hasSize(2).allMatch(line -> line.contains("\\\"hash\\\":") && line.contains(planId));
        assertThat(log.lines().findFirst().orElseThrow()).contains("PlanStarted").contains("\\\"actor\\\":\\\"admin\\\"");
        assertThat(scrutiny).isEqualTo(403);
        assertThat(unknown).isEqualTo(404);
    }

    private GraphQlTester.Response ok(String user, String document, Object... variables) {
        GraphQlTester.Response response = GraphQlClient.as(user, port).document(document).variables(vars(variables)).execute();
        response.errors().verify();
        return response;
    }

    private void forbidden(String user, String document) {
        GraphQlClient.as(user, port).document(document).variables(vars("p", planId)).execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).as(user + " refused").hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
                });
    }

    private long version() {
        return ok("auditor", "query($p: ID!) { plan(id: $p) { version } }", "p", planId)
                .path("plan.version").entity(Long.class).get();
    }

    record Answer(int status, String challenge, String code) {
    }

    @SuppressWarnings("unchecked")
    private Answer post(String[] credentials, String body) {
        return post(credentials, body, null);
    }

    @SuppressWarnings("unchecked")
    private Answer post(String[] credentials, String body, String requestedWith) {
        return RestClient.create("http://localhost:" + port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (requestedWith != null) {
                        h.set("X-Requested-With", requestedWith);
                    }
                    if (credentials.length == 2) {
                        h.setBasicAuth(credentials[0], credentials[1]);
                    }
                })
                .body(body)
                .exchange((request, response) -> {
                    Map<String, Object> json = JsonMapper.builder().build().readValue(response.getBody(), Map.class);
                    Map<String, Object> error = ((List<Map<String, Object>>) json.get("errors")).get(0);
                    return new Answer(response.getStatusCode().value(), response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE),
                            (String) ((Map<String, Object>) error.get("extensions")).get("code"));
                });
    }
}
