package io.plantrail.store;

import io.plantrail.PlantrailApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real application as a separate JVM on a file store: started, asked over HTTP, and killed with SIGKILL. */
final class AppProcess implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static AppProcess start(Path dataDir, String seed, String name) throws IOException {
        List<String> settings = new ArrayList<>(List.of("--plantrail.mongo.embedded=file", "--plantrail.mongo.data-dir=" + dataDir));
        if (seed != null) {
            settings.add("--plantrail.seed.document=" + seed);
        }
        return startWith(dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log"), settings);
    }

    /** The application with these settings, on a port of its own, its output in {@code log}. */
    static AppProcess startWith(Path log, List<String> settings) throws IOException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(settings);
        arguments.add("--server.port=" + port);
        return new AppProcess(launch(log, arguments), port, log);
    }

    /**
     * {@code java … PlantrailApplication arguments}: the jar's main class on the application's class
     * path, with H2's own consistency checks on, compiled by the quick compiler only (the processes
     * here live for seconds: the crash test took 100 s instead of 121 s).
     */
    static Process launch(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-ea:org.h2...", "-cp", applicationClassPath(), PlantrailApplication.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    long pid() {
        return process.pid();
    }

    /** The application's own classes and libraries, without the test classes and their resources. */
    private static String applicationClassPath() {
        String surefire = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(surefire.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits for {@code /actuator/health/readiness} to say UP. If it does not, the process is
     * killed before the failure is thrown: the caller never got it to close.
     */
    AppProcess awaitReady(Duration timeout) throws Exception {
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                    .failFast("The application stopped", () -> !process.isAlive())
                    .until(() -> readiness().contains("\"UP\""));
            return this;
        } catch (ConditionTimeoutException | TerminalFailureException notReady) {
            String why = process.isAlive() ? "Not ready after " + timeout : "The application stopped";
            kill();
            throw new IllegalStateException(why + ":\n" + tailOfLog(), notReady);
        }
    }

    /** The readiness probe's answer, or "" while nothing listens yet. */
    String readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    HttpResponse<String> post(String user, String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code data} of a query that must succeed. */
    JsonNode query(String user, String query, Map<String, Object> variables) throws Exception {
        JsonNode answer = JSON.readTree(post(user, query, variables).body());
        if (answer.has("errors")) {
            throw new AssertionError("The query failed: " + answer.get("errors"));
        }
        return answer.get("data");
    }

    /** SIGKILL: no shutdown hook, no last write. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
