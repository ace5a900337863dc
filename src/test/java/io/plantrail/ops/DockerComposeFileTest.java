package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.yml} (a MongoDB replica set and two nodes sharing one master key, as
 * {@code RealMongoTwoNodesTest} runs them) is accepted by {@code docker compose config} where
 * Docker exists. Restating its keys here would test nothing the file does not say.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");

    @Test
    void dockerComposeAcceptsTheFileWhereDockerExists() throws Exception {
        assumeTrue(onPath("docker") && succeeds("docker", "compose", "version"), "no docker compose on this machine");
        Process config = new ProcessBuilder("docker", "compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as(new String(config.getInputStream().readAllBytes())).isZero();
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
