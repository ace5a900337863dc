package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} in step with {@code TwoNodesTest}: a MongoDB replica set and two
 * nodes on it, sharing one master key, the second started once the first is ready. Where Docker
 * exists, {@code docker compose config} must accept the file too.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");

    @Test
    @SuppressWarnings("unchecked")
    void aReplicaSetAndTwoNodesSharingItAndOneMasterKey() throws IOException {
        Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(Files.readString(COMPOSE)).get("services");
        assertThat(String.valueOf(service(services, "mongo").get("command"))).contains("--replSet");

        List<Map<String, Object>> nodes = services.values().stream().map(s -> (Map<String, Object>) s)
                .filter(s -> String.valueOf(s.get("command")).contains("-jar")).toList();
        assertThat(nodes).as("plantrail nodes").hasSize(2);
        assertThat(nodes).extracting(node -> environment(node).get("MONGODB_URI")).containsOnly(
                environment(nodes.get(0)).get("MONGODB_URI")).first().asString().contains("replicaSet=");
        assertThat(nodes).extracting(node -> environment(node).get("PLANTRAIL_MASTER_KEY_FILE")).doesNotContainNull()
                .containsOnly(environment(nodes.get(0)).get("PLANTRAIL_MASTER_KEY_FILE"));
        assertThat(nodes).filteredOn(node -> String.valueOf(node.get("command")).contains("create-master-key=true"))
                .as("one node writes the master key, the other waits for it").hasSize(1);
        assertThat(String.valueOf(service(services, "node-b").get("depends_on"))).contains("node-a", "service_healthy");
        assertThat(nodes).extracting(node -> String.valueOf(node.get("ports"))).doesNotHaveDuplicates();
    }

    @Test
    void dockerComposeAcceptsTheFileWhereDockerExists() throws Exception {
        assumeTrue(onPath("docker") && succeeds("docker", "compose", "version"), "no docker compose on this machine");
        Process config = new ProcessBuilder("docker", "compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as(new String(config.getInputStream().readAllBytes())).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> services, String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> node) {
        return (Map<String, Object>) node.get("environment");
    }

    private static boolean succeeds(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
