package io.plantrail.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A browser app on a configured origin can call the API; one on any other origin cannot. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"plantrail.mongo.embedded=memory",
        "plantrail.seed.load-on-empty-store=false", "plantrail.cors.allowed-origins=http://localhost:5173"})
class CrossOriginTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aConfiguredOriginPassesThePreflightAndReadsTheAnswer() throws Exception {
        HttpResponse<String> preflight = preflight("http://localhost:5173");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization").contains("content-type");

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Origin", "http://localhost:5173").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("scrutiny:scrutiny".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ plans { id } }\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
    }

    @Test
    void theHeadersBrowsersAndClientLibrariesAddPassThePreflight() throws Exception {
        HttpResponse<String> preflight = preflight("http://localhost:5173",
                "authorization,content-type,x-requested-with,apollographql-client-name,apollographql-client-version");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("x-requested-with").contains("apollographql-client-name");
        assertThat(preflight("http://localhost:5173", "x-something-else").statusCode()).isEqualTo(403);
    }

    @Test
    void anyOtherOriginIsRefusedAtThePreflight() throws Exception {
        HttpResponse<String> preflight = preflight("https://evil.example");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return preflight(origin, "authorization,content-type");
    }

    private HttpResponse<String> preflight(String origin, String headers) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", headers).build(), HttpResponse.BodyHandlers.ofString());
    }
}
