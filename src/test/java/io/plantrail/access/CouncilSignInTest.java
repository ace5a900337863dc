package io.plantrail.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantrail.PlantrailApplication;
import io.plantrail.graphql.GraphQlClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The production profile: only tokens from the council's identity provider; the demo accounts do not exist. */
@DirtiesContext
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class CouncilSignInTest {

    static final CouncilTokens PROVIDER = new CouncilTokens();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry registry) {
        PROVIDER.trustedBy(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aChangeIsRecordedAgainstThePersonTheTokenNames() {
        as("p.clerk", "ADMIN").document("mutation { startPlan(id: \"prod-1\", title: \"Plan\", reason: \"Test\") { id } }")
                .execute().errors().verify();
        as("j.smith", "OFFICER").document("""
                mutation { addTheme(planId: "prod-1", key: "ENV", input: {name: "Environment"}, reason: "From the draft") { id } }""")
                .execute().errors().verify();

        GraphQlTester.Response history = as("a.auditor", "AUDITOR")
                .document("{ planHistory(planId: \"prod-1\") { edges { node { actor } } } }").execute();
        history.path("planHistory.edges[*].node.actor").entityList(String.class).containsExactly("j.smith", "p.clerk");
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        as("s.member", "SCRUTINY").document("mutation { startPlan(id: \"prod-2\", title: \"Plan\", reason: \"Test\") { id } }")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));
    }

    @Test
    void theDemoAccountsAndForeignTokensAreRefused() {
        String foreign = new CouncilTokens().tokenFor("mallory", "ADMIN");
        assertThat(status(h -> h.setBasicAuth("admin", "admin"))).isEqualTo(401);
        assertThat(status(h -> h.setBearerAuth(foreign))).isEqualTo(401);
        assertThat(status(h -> h.setBearerAuth("not-a-token"))).isEqualTo(401);
    }

    @Test
    void tokensThatDoNotSayWhoWhenOrForWhomAreRefused() {
        Map<String, String> refused = Map.of(
                "no expiry", PROVIDER.token(c -> c.claim("preferred_username", "j.smith").claims(all -> all.remove("exp"))),
                "no name", PROVIDER.token(c -> c.subject("uid-x")),
                "an empty name", PROVIDER.token(c -> c.claim("preferred_username", " ")),
                "a system actor", PROVIDER.token(c -> c.claim("preferred_username", "system:import")),
                "another issuer", PROVIDER.token(c -> c.claim("preferred_username", "j.smith").issuer("https://evil.example")),
                "another audience", PROVIDER.token(c -> c.claim("preferred_username", "j.smith").audience(List.of("other-app"))));
        refused.forEach((what, token) -> assertThat(status(h -> h.setBearerAuth(token))).as(what).isEqualTo(401));
        assertThat(status(h -> h.setBearerAuth(PROVIDER.tokenFor("j.smith", "ADMIN")))).isEqualTo(200);
    }

    @Test
    void aTokenWhoseNameIsNotAPersonsNameOrThatLivesTooLongIsRefused() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("an invisible name", PROVIDER.token(c -> c.claim("preferred_username", "\u200b")));
        refused.put("a NUL in the name", PROVIDER.token(c -> c.claim("preferred_username", "a\u0000b")));
        refused.put("5,000 characters", PROVIDER.token(c -> c.claim("preferred_username", "a".repeat(5_000))));
        refused.put("a list", PROVIDER.token(c -> c.claim("preferred_username", List.of("a", "b"))));
        refused.put("a number", PROVIDER.token(c -> c.claim("preferred_username", 5)));
        refused.put("a full-width colon", PROVIDER.token(c -> c.claim("preferred_username", "system\uFF1Aimport")));
        refused.put("System with capitals", PROVIDER.token(c -> c.claim("preferred_username", "SYSTEM import")));
        refused.put("a hidden direction", PROVIDER.token(c -> c.claim("preferred_username", "\u202Etropmi:metsys")));
        refused.put("expiry in 9999", PROVIDER.token(c -> c.claim("preferred_username", "j.smith")
                .expiresAt(java.time.Instant.parse("9999-12-31T00:00:00Z"))));
        refused.put("a day long", PROVIDER.token(c -> c.claim("preferred_username", "j.smith")
                .expiresAt(java.time.Instant.now().plus(java.time.Duration.ofDays(1)))));
        refused.forEach((what, token) -> assertThat(status(h -> h.setBearerAuth(token))).as(what).isEqualTo(401));
        assertThat(status(h -> h.setBearerAuth(PROVIDER.tokenFor("Bindu Arjoon-Matthews", "SCRUTINY")))).isEqualTo(200);
        assertThat(status(h -> h.setBearerAuth(PROVIDER.tokenFor("José Ñúñez 李", "SCRUTINY")))).isEqualTo(200);
    }

    @Test
    void productionMixedWithTheLocalProfileDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlantrailApplication.class).profiles("prod", "local")
                .run("--server.port=0", "--plantrail.mongo.embedded=memory", "--plantrail.seed.load-on-empty-store=false")
                .close())
                .hasStackTraceContaining("cannot be combined with other profiles");
    }

    @Test
    void aProfileThatIsNotLocalNeverHasTheDemoAccountsAndNeedsAnIssuerAndAudience() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlantrailApplication.class).profiles("production")
                .run("--server.port=0", "--plantrail.mongo.embedded=memory", "--plantrail.seed.load-on-empty-store=false",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/keys")
                .close())
                .hasStackTraceContaining("Set plantrail.security.issuer and plantrail.security.audience");
    }

    @Test
    void switchingTheDemoAccountsOnInProductionStopsTheServerStarting() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlantrailApplication.class).profiles("prod")
                .run("--server.port=0", "--plantrail.mongo.embedded=memory", "--plantrail.seed.load-on-empty-store=false",
                        "--plantrail.security.demo-accounts=true",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/keys")
                .close())
                .hasStackTraceContaining("demo-accounts is refused outside the local profile");
    }

    private GraphQlTester as(String name, String... roles) {
        return GraphQlClient.bearer(PROVIDER.tokenFor(name, roles), port);
    }

    private int status(java.util.function.Consumer<HttpHeaders> credentials) {
        return RestClient.create("http://localhost:" + port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).headers(credentials)
                .body("{\"query\":\"{ plans { id } }\"}")
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
