package io.plantrail.privacy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key lives: the key that wraps every person's key. It never sits in the store.
 *
 * @param masterKeyFile   the key file; blank means beside the embedded store's data directory
 *                        ({@code data.master.key} for {@code data/}), or {@code plantrail.master.key}
 *                        in the working directory with a real MongoDB; the memory store keeps
 *                        its key in memory
 * @param createMasterKey whether a missing key file may be created (a local run); otherwise a
 *                        missing key file stops the start
 */
@ConfigurationProperties("plantrail.privacy")
record PrivacyProperties(Path masterKeyFile, boolean createMasterKey) {
}
