package io.plantrail.ops;

import io.plantrail.audit.LogRestore;
import io.plantrail.history.ReadSideProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code java -jar plantrail.jar restore FILE}: a plan rebuilt in the configured store from its exported log. */
public final class RestoreCommandLine {

    private static final Duration READ_SIDE_WAIT = Duration.ofMinutes(10);

    private RestoreCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    public static int run(Class<?> application, Path file, String... arguments) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(withoutSeed(arguments))) {
            LogRestore.Restored restored = context.getBean(LogRestore.class).restore(lines);
            boolean shown = context.getBean(ReadSideProgress.class).awaitVersion(restored.planId(), restored.events(), READ_SIDE_WAIT);
            System.out.printf("Restored plan %s: %d events (%d were already there), plan version %d, chain head %s%s%n",
                    restored.planId(), restored.events(), restored.alreadyThere(), restored.events(), restored.head(),
                    shown ? "" : "; the read side is still catching up and will finish at the next start");
            return 0;
        }
    }

    /** A command-line setting, so that it wins over application.yml: an empty store gets only what is restored. */
    private static String[] withoutSeed(String[] arguments) {
        String[] all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = "--plantrail.seed.load-on-empty-store=false";
        return all;
    }
}
