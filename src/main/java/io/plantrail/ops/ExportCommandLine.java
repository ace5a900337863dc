package io.plantrail.ops;

import io.plantrail.audit.LogExport;
import io.plantrail.privacy.PersonKeyTransfer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar plantrail.jar export DIR}: everything a store holds that cannot be rebuilt, as
 * files {@code restore DIR} reads into another store: each plan's log ({@code <plan>.log}, as
 * {@code GET /plans/{id}/log} gives it) and the person keys ({@code person-keys.jsonl}, still
 * wrapped under the master key). The read side is left behind: it is rebuilt from the logs.
 */
public final class ExportCommandLine {

    static final String PERSON_KEYS = "person-keys.jsonl";
    static final String LOG = ".log";

    private ExportCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    public static int run(Class<?> application, Path directory, String... arguments) throws IOException {
        Files.createDirectories(directory);
        try (ConfigurableApplicationContext context = StoreAsFound.open(application, arguments)) {
            LogExport logs = context.getBean(LogExport.class);
            for (String planId : logs.planIds()) {
                try (OutputStream out = Files.newOutputStream(directory.resolve(planId + LOG))) {
                    logs.write(planId, out);
                }
                System.out.printf("Exported the log of plan %s%n", planId);
            }
            try (OutputStream out = Files.newOutputStream(directory.resolve(PERSON_KEYS))) {
                System.out.printf("Exported %d person keys, wrapped under the master key%n",
                        context.getBean(PersonKeyTransfer.class).write(out));
            }
            return 0;
        }
    }
}
