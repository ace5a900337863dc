package io.plantrail.ops;

import io.plantrail.audit.LogRestore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar plantrail.jar restore FILE}: a plan rebuilt in the configured store from its
 * exported log. The events keep the times they were stored with (the chain covers them), and the
 * projection follows events by time: where it has already passed those times (a store holding
 * other plans), it would never show them. So the read side is rebuilt from the whole log after.
 */
public final class RestoreCommandLine {

    private RestoreCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    public static int run(Class<?> application, Path file, String... arguments) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(withoutSeed(arguments))) {
            LogRestore.Restored restored = context.getBean(LogRestore.class).restore(lines);
            ReadSideRebuild.Progress projected = context.getBean(ReadSideRebuild.class).rebuild(progress ->
                    System.out.printf("Projected %d of %d events%n", progress.done(), progress.total()));
            System.out.printf("Restored plan %s: %d events (%d were already there), plan version %d, chain head %s; "
                            + "read side rebuilt from %d events%n", restored.planId(), restored.events(),
                    restored.alreadyThere(), restored.events(), restored.head(), projected.total());
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
