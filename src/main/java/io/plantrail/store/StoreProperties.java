package io.plantrail.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the plan's events and projections live.
 *
 * @param uri      a real MongoDB ({@code MONGODB_URI}); blank means the embedded server
 * @param database the database name
 * @param embedded {@code file} persists under {@code dataDir}; {@code memory} forgets on stop
 * @param dataDir  the data directory of the embedded file store
 */
@ConfigurationProperties("plantrail.mongo")
public record StoreProperties(String uri, String database, EmbeddedMode embedded, Path dataDir) {

    public enum EmbeddedMode { FILE, MEMORY }

    public StoreProperties {
        database = database == null || database.isBlank() ? "plantrail" : database;
        embedded = embedded == null ? EmbeddedMode.FILE : embedded;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean usesEmbeddedServer() {
        return uri == null || uri.isBlank();
    }
}
