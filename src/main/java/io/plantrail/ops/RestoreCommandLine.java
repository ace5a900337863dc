package io.plantrail.ops;

import io.plantrail.audit.LogRestore;
import io.plantrail.privacy.PersonKeyTransfer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar plantrail.jar restore FILE}: a plan rebuilt in the configured store from its
 * exported log; {@code restore DIR}: every plan and the person keys {@code export DIR} wrote. The events keep the times they were stored with (the chain covers them), and the
 * projection follows events by time: where it has already passed those times (a store holding
 * other plans), it would never show them. So the read side is rebuilt from the whole log after.
 */
public final class RestoreCommandLine {

    private RestoreCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    public static int run(Class<?> application, Path file, String... arguments) throws IOException, InterruptedException {
        try (ConfigurableApplicationContext context = StoreAsFound.open(application, arguments)) {
            List<Path> logs = Files.isDirectory(file) ? exported(context, file) : List.of(file);
            for (Path log : logs) {
                LogRestore.Restored restored = context.getBean(LogRestore.class).restore(lines(log));
                System.out.printf("Restored plan %s: %d events (%d were already there), chain head %s%n",
                        restored.planId(), restored.events(), restored.alreadyThere(), restored.head());
            }
            ReadSideRebuild.Progress projected = context.getBean(ReadSideRebuild.class).rebuild(progress ->
                    System.out.printf("Projected %d of %d events%n", progress.done(), progress.total()));
            System.out.printf("Read side rebuilt from %d events%n", projected.total());
            return 0;
        }
    }

    /** The person keys are restored first, each checked against the master key file; then the logs. */
    private static List<Path> exported(ConfigurableApplicationContext context, Path directory) throws IOException {
        Path keys = directory.resolve(ExportCommandLine.PERSON_KEYS);
        if (Files.exists(keys)) {
            System.out.printf("Restored %d person keys%n", context.getBean(PersonKeyTransfer.class).restore(lines(keys)));
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.getFileName().toString().endsWith(ExportCommandLine.LOG)).sorted().toList();
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
