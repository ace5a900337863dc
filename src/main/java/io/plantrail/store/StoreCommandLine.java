package io.plantrail.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar plantrail.jar store --port P --data-dir D}: the embedded file store as a process
 * of its own, so that several application nodes can share it where no MongoDB server is installed.
 * A development stand-in, not a production database: one process, no replica, no transactions.
 * Its connection string, with a password made for this run, is written to {@code D/store.uri},
 * readable by its owner only; the nodes are started with {@code MONGODB_URI} set to it.
 */
public final class StoreCommandLine {

    static final String URI_FILE = "store.uri";

    private StoreCommandLine() {
    }

    public static int run(String... arguments) throws IOException, InterruptedException {
        Map<String, String> options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: java -jar plantrail.jar store --port P --data-dir D [--host 127.0.0.1]");
            return 2;
        }
        Path dataDir = Path.of(options.get("data-dir"));
        EmbeddedMongoServer server = EmbeddedMongoServer.serve(dataDir, options.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(options.get("port")));
        Path uriFile = writeOwnerOnly(dataDir.resolve(URI_FILE), server.connectionString());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "store-stop"));
        System.out.printf("plantrail store serving %s on port %s; its connection string is in %s%n",
                dataDir.toAbsolutePath(), options.get("port"), uriFile.toAbsolutePath());
        stopped.await();
        return 0;
    }

    private static Path writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, text + "\n");
    }

    /** {@code --name value} pairs; port and data-dir are required. */
    private static final class Options {
        static Map<String, String> parse(String[] arguments) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < arguments.length; i += 2) {
                if (!arguments[i].startsWith("--") || i + 1 >= arguments.length) {
                    throw new IllegalArgumentException("Expected --name value, found '" + arguments[i] + "'.");
                }
                options.put(arguments[i].substring(2), arguments[i + 1]);
            }
            for (String required : new String[] {"port", "data-dir"}) {
                if (!options.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is required.");
                }
            }
            try {
                Integer.parseInt(options.get("port"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number, not '" + options.get("port") + "'.");
            }
            return options;
        }
    }
}
