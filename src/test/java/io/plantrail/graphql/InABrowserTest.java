package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In headless Chromium (Debian's chromium; skipped where it is not installed): a page served from
 * another origin queries the API over GET and a repeated GET is answered 304; GraphiQL renders with
 * every host but the server unreachable, as on a council network that blocks CDNs.
 */
@Tag("process")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plantrail.mongo.embedded=memory")
class InABrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final HttpServer OTHER_ORIGIN = otherOrigin();
    private static volatile int apiPort;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void allowTheOtherOrigin(DynamicPropertyRegistry properties) {
        properties.add("plantrail.cors.allowed-origins", () -> "http://localhost:" + OTHER_ORIGIN.getAddress().getPort());
    }

    @AfterAll
    static void closeTheOtherOrigin() {
        OTHER_ORIGIN.stop(0);
    }

    @Test
    void aPageOnAnotherOriginQueriesByGetAndARepeatIsNotModified() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here");
        apiPort = port;

        String page = domOf("http://localhost:" + OTHER_ORIGIN.getAddress().getPort() + "/");

        assertThat(page).contains("first 200").contains("again 304").contains("\"version\":").contains("etag \"");
    }

    @Test
    void graphiqlRendersWithNothingButTheServerReachable() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here");

        String page = domOf("http://scrutiny:scrutiny@127.0.0.1:" + port + "/graphiql",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");

        assertThat(page).contains("graphiql-container").contains("DraftOne").doesNotContain("Loading GraphiQL");
    }

    private static String domOf(String address, String... extraFlags) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom"));
        command.addAll(List.of(extraFlags));
        command.add(address);
        Process browser = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return dom;
    }

    /** The frontend's origin: one page that asks the API (on another port) for Draft 1 twice. */
    private static HttpServer otherOrigin() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] page = frontendPage(apiPort).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String frontendPage(int apiPort) {
        return """
                <!doctype html><html><body><pre id="out">waiting</pre><script>
                const address = 'http://127.0.0.1:%d/graphql?query=' + encodeURIComponent(
                    '{ plan(id: "harrow-bvpp-2004-05", asAt: {draft: 1}) { version themes { id } } }');
                const signedIn = { Authorization: 'Basic ' + btoa('scrutiny:scrutiny') };
                fetch(address, { headers: signedIn }).then(async first => {
                  const etag = first.headers.get('ETag');
                  const body = await first.text();
                  const again = await fetch(address, { headers: { ...signedIn, 'If-None-Match': etag } });
                  document.getElementById('out').textContent = 'first ' + first.status + ' etag ' + etag + ' again ' + again.status + ' ' + body;
                }).catch(e => { document.getElementById('out').textContent = 'FAILED ' + e; });
                </script></body></html>""".formatted(apiPort);
    }
}
