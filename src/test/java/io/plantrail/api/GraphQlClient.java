package io.plantrail.api;

import java.util.Map;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Talks GraphQL over real HTTP to the running app. */
final class GraphQlClient {

    private GraphQlClient() {
    }

    static HttpGraphQlTester to(int port) {
        WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port + "/graphql")
                .build();
        return HttpGraphQlTester.create(client);
    }

    static Map<String, Object> vars(Object... pairs) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
