package io.plantrail.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An in-process MongoDB wire-protocol server, so the plan runs on a bare machine. */
final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private static final String RUNNING_MARKER = "plantrail.running";
    private static final String LOOPBACK = "127.0.0.1";

    private final MongoServer server;
    private final String connectionString;
    private final Path runningMarker;

    private EmbeddedMongoServer(MongoBackend backend, Path runningMarker, String host, int port) {
        String password = newPassword();
        this.server = new MongoServer(new SignedInBackend(backend, password));
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://" + SignedInBackend.USER + ":" + password + "@" + host + ":" + address.getPort()
                + "/?authMechanism=PLAIN&authSource=$external";
        this.runningMarker = runningMarker;
    }

    /** A password for this run only: it lives in this process and nowhere else. */
    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    static EmbeddedMongoServer start(StoreProperties properties) {
        if (properties.embedded() == StoreProperties.EmbeddedMode.MEMORY) {
            log.info("Embedded MongoDB-wire server in memory: nothing is kept after stop");
            return new EmbeddedMongoServer(new MemoryBackend(), null, LOOPBACK, 0);
        }
        return serve(properties.dataDir(), LOOPBACK, 0);
    }

    /** The file store in {@code dataDir}, answering on {@code host:port} (0: any free port). */
    static EmbeddedMongoServer serve(Path dataDir, String host, int port) {
        Path file = dataDir.toAbsolutePath().resolve("plantrail.mv.db");
        createDirectory(file.getParent());
        Path runningMarker = file.resolveSibling(RUNNING_MARKER);
        if (Files.exists(runningMarker)) {
            log.warn("The last run on {} did not stop cleanly; the store is recovered to its last sync to disk, "
                    + "which holds every change that was acknowledged", file.getParent());
        }
        log.info("Embedded store in {}: every change is on disk before it is acknowledged", file);
        EmbeddedMongoServer server = new EmbeddedMongoServer(DurableH2Backend.open(file.toString()), runningMarker, host, port);
        touch(runningMarker);
        return server;
    }

    private static void touch(Path marker) {
        try {
            Files.writeString(marker, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write in the data directory " + marker.getParent(), e);
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
        if (runningMarker != null) {
            try {
                Files.deleteIfExists(runningMarker);
            } catch (IOException e) {
                log.warn("Could not remove {}; the next start will report an unclean stop", runningMarker);
            }
        }
    }
}
