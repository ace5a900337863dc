package io.plantrail.seed;

import io.plantrail.readmodel.ReadSideProgress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code java -jar plantrail.jar import FILE}: imports one plan document into the configured store. */
public final class ImportCommandLine {

    private ImportCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.uri=…}. */
    public static int run(Class<?> application, Path file, String... arguments) throws IOException {
        PlanDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = PlanDocuments.read(in);
        }
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(withoutSeed(arguments))) {
            PlanImporter.Imported imported = context.getBean(PlanImporter.class)
                    .importDocument(document, file.getFileName().toString());
            context.getBean(ReadSideProgress.class).awaitVersion(imported.planId(),
                    imported.planVersion(), Duration.ofSeconds(60));
            System.out.printf("Imported plan %s: plan version %d%n", imported.planId(), imported.planVersion());
            return 0;
        }
    }

    /** A command-line setting, so that it wins over application.yml: an empty store gets only what is imported. */
    private static String[] withoutSeed(String[] arguments) {
        String[] all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = "--plantrail.seed.load-on-empty-store=false";
        return all;
    }
}
