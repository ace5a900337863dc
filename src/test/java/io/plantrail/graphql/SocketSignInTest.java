package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.TomcatWebSocketClient;
import reactor.core.publisher.Mono;

/**
 * A browser's WebSocket cannot send a header: a graphql-ws socket signs in from its
 * connection_init payload, as a request does with its Authorization header, and a socket with
 * wrong credentials or none hears nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class SocketSignInTest extends ApiTestSupport {

    private static final String PLAN_CHANGED = "subscription($p: ID!) { planChanged(planId: $p) { planVersion type actor entityId } }";

    @Test
    void aSocketSignedInByItsConnectionInitHearsAnOfficersChange() throws Exception {
        CompletableFuture<Map> heard = firstChange(socket(Map.of("Authorization", basic("auditor"))));
        Thread.sleep(500); // the subscription reaches the server before the change is made
        String outcome = addOutcome("Heard over the socket", "UL");

        Map<?, ?> change = heard.get(5, TimeUnit.SECONDS);
        assertThat(change.get("type")).isEqualTo("OutcomeAdded");
        assertThat(change.get("actor")).isEqualTo("officer");
        assertThat(change.get("entityId")).as("the change just made, not another").isEqualTo(outcome);
    }

    @Test
    void aSocketWithWrongCredentialsOrNoneGetsNoEvent() {
        for (Map<String, Object> payload : java.util.List.<Map<String, Object>>of(Map.of("Authorization", basic("auditor", "wrong")),
                Map.of(), Map.of("Authorization", "Bearer forged.token.here"), Map.of("Authorization", 5))) {
            CompletableFuture<Map> heard = firstChange(socket(payload));
            assertThatThrownBy(() -> heard.get(5, TimeUnit.SECONDS)).as(payload.toString()).isInstanceOf(ExecutionException.class);
        }
        addOutcome("Made after the refusals", "UL");
    }

    private CompletableFuture<Map> firstChange(WebSocketGraphQlTester socket) {
        return socket.document(PLAN_CHANGED).variables(GraphQlClient.vars("p", planId)).executeSubscription()
                .toFlux("planChanged", Map.class).next().timeout(Duration.ofSeconds(10)).toFuture();
    }

    private WebSocketGraphQlTester socket(Map<String, Object> connectionInit) {
        return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql-ws"), new TomcatWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(connectionInit);
                    }
                }).build();
    }

    private static String basic(String user) {
        return basic(user, user);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
