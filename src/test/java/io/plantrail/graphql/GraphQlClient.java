package io.plantrail.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Talks GraphQL over real HTTP to the running app, signed in. */
public final class GraphQlClient {

    private GraphQlClient() {
    }

    /** Signed in as one of the local demo accounts (password = name). */
    public static HttpGraphQlTester as(String user, int port) {
        return signedIn(port, headers -> headers.setBasicAuth(user, user));
    }

    /** Signed in with a bearer token, as in production. */
    public static HttpGraphQlTester bearer(String token, int port) {
        return signedIn(port, headers -> headers.setBearerAuth(token));
    }

    private static HttpGraphQlTester signedIn(int port, Consumer<HttpHeaders> credentials) {
        WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeaders(credentials)
                .build();
        return HttpGraphQlTester.create(client);
    }

    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
