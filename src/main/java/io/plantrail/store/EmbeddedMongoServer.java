package io.plantrail.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An in-process MongoDB wire-protocol server, so the plan runs on a bare machine. */
final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongoServer(MongoBackend backend) {
        this.server = new MongoServer(backend);
        this.server.bind("127.0.0.1", 0);
        this.connectionString = server.getConnectionString();
    }

    static EmbeddedMongoServer start(StoreProperties properties) {
        if (properties.embedded() == StoreProperties.EmbeddedMode.MEMORY) {
            log.info("Embedded MongoDB-wire server in memory: nothing is kept after stop");
            return new EmbeddedMongoServer(new MemoryBackend());
        }
        Path file = properties.dataDir().toAbsolutePath().resolve("plantrail.mv.db");
        createDirectory(file.getParent());
        log.info("Embedded store in {}: every change is on disk before it is acknowledged", file);
        return new EmbeddedMongoServer(DurableH2Backend.open(file.toString()));
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
    }
}
