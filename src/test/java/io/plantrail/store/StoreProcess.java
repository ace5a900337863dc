package io.plantrail.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** {@code plantrail store} as a process of its own, for application nodes to share. */
final class StoreProcess implements AutoCloseable {

    private final Process process;
    private final String uri;

    private StoreProcess(Process process, String uri) {
        this.process = process;
        this.uri = uri;
    }

    static StoreProcess start(Path dataDir, Duration timeout) throws Exception {
        Path uriFile = dataDir.resolve(StoreCommandLine.URI_FILE);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process process = AppProcess.launch(log, List.of("store", "--port", String.valueOf(AppProcess.freePort()),
                "--data-dir", dataDir.toString()));
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                    .failFast("The store stopped", () -> !process.isAlive())
                    .until(() -> Files.exists(uriFile) && Files.size(uriFile) > 0);
        } catch (ConditionTimeoutException | TerminalFailureException notStarted) {
            process.destroyForcibly();
            throw new IllegalStateException("The store did not start:\n" + Files.readString(log), notStarted);
        }
        return new StoreProcess(process, Files.readString(uriFile).strip());
    }

    /** The connection string the nodes are given as {@code MONGODB_URI}. */
    String uri() {
        return uri;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
