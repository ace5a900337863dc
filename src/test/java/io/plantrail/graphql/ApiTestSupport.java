package io.plantrail.graphql;

import static io.plantrail.graphql.GraphQlClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Over HTTP against the running app: each test opens its own small plan through mutations. */
abstract class ApiTestSupport {

    static final String START = """
            mutation($id: ID!) { startPlan(id: $id, title: "Test Plan", council: "Test Council",
              reason: "Open a plan for the test") { planVersion id } }""";
    static final String ADD_THEME = """
            mutation($p: ID!) { addTheme(planId: $p, key: "ENV", input: {name: "Environment",
              statement: "We will enhance the environment in Harrow by focussing on the following priorities:"},
              reason: "From the draft") { planVersion id } }""";
    static final String ADD_PRIORITY = """
            mutation($p: ID!) { addPriority(planId: $p, themeId: "ENV", input: {letter: "A",
              title: "Visibly improving the street scene"}, reason: "From the draft") { planVersion id } }""";
    static final String ADD_OUTCOME = """
            mutation($p: ID!, $title: String, $lead: String) { addOutcome(planId: $p, priorityId: "ENV-A",
              input: {title: $title, leadDirectorate: $lead, actions: ["Roll out the New Harrow Project"],
              contacts: [{name: "Andrew Trehern", phone: "020 8424 1590"}],
              gaps: [{field: "achievements", kind: TO_BE_COMPLETED, wording: "to be completed"}]},
              reason: "From the draft") { planVersion id } }""";
    static final String PLAN_VERSION = "query($p: ID!) { plan(id: $p) { version } }";

    @LocalServerPort
    int port;

    /** A plan officer: the content changes and reads. */
    HttpGraphQlTester graphQl;
    HttpGraphQlTester admin;
    HttpGraphQlTester auditor;
    String planId;

    @BeforeEach
    void openPlan() {
        graphQl = GraphQlClient.as("officer", port);
        admin = GraphQlClient.as("admin", port);
        auditor = GraphQlClient.as("auditor", port);
        planId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        run(admin, START, "id", planId);
        run(ADD_THEME, "p", planId);
        run(ADD_PRIORITY, "p", planId);
    }

    GraphQlTester.Response run(String document, Object... variables) {
        return run(graphQl, document, variables);
    }

    static GraphQlTester.Response run(GraphQlTester client, String document, Object... variables) {
        GraphQlTester.Response response = client.document(document).variables(vars(variables)).execute();
        response.errors().verify();
        return response;
    }

    String addOutcome(String title, String lead) {
        return run(ADD_OUTCOME, "p", planId, "title", title, "lead", lead)
                .path("addOutcome.id").entity(String.class).get();
    }

    void issueDraftOne() {
        run(admin, """
                mutation($p: ID!) { issueDraft(planId: $p, label: "Draft 1", documentDate: "2004-04-07", reason: "For Cabinet") { planVersion } }""",
                "p", planId);
    }

    void reviseTitle(String outcomeId, String title, String reason) {
        run("""
                mutation($p: ID!, $o: ID!, $v: Int!, $t: String, $r: String!) { reviseOutcome(planId: $p, outcomeId: $o,
                  input: {title: $t}, expectedVersion: $v, reason: $r) { planVersion } }""",
                "p", planId, "o", outcomeId, "v", versionOf(outcomeId), "t", title, "r", reason);
    }

    /** The version of an entity, as a client reads it before changing it. */
    long versionOf(String entityId) {
        return graphQl.document("""
                        query($p: ID!, $e: ID!) { history(planId: $p, entityId: $e, first: 1) { edges { node { planVersion } } } }""")
                .variables(vars("p", planId, "e", entityId)).execute()
                .path("history.edges[0].node.planVersion").entity(Long.class).get();
    }

    /** A download (a document, the log) as an auditor gets it; fails unless it is answered 200. */
    String download(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    long planVersion() {
        return graphQl.document(PLAN_VERSION).variables(vars("p", planId)).execute()
                .path("plan.version").entity(Long.class).get();
    }

    void expectError(String code, String messagePart, String document, Object... variables) {
        expectError(graphQl, code, messagePart, document, variables);
    }

    void expectError(GraphQlTester client, String code, String messagePart, String document, Object... variables) {
        long before = planVersion();
        client.document(document).variables(vars(variables)).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).isNotEmpty();
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
                    assertThat(errors.get(0).getMessage()).contains(messagePart);
                });
        assertThat(planVersion()).as("nothing stored").isEqualTo(before);
    }
}
