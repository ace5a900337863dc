package io.plantrail.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.PlantrailApplication;
import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.readmodel.PlanRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar plantrail.jar import FILE}: starts without the web server or sign-in, imports,
 * says what it did and exits 0; the plan is then in the store, whole, for the next start.
 */
@Tag("process") // the import command, then a second start on its files: run by verify
class ImportCommandLineTest {

    @TempDir
    Path directory;

    @Test
    void aPlanDocumentIsImportedFromTheCommandLineAndIsThereForTheNextStart() throws Exception {
        String dataDir = "--plantrail.mongo.data-dir=" + directory.resolve("data");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            exit = ImportCommandLine.run(PlantrailApplication.class, Path.of("src/test/resources/seed/small-plan.json"),
                    "--plantrail.mongo.embedded=file", dataDir);
        } finally {
            System.setOut(console);
        }

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Imported plan small-plan: plan version 16");
        SpringApplication next = new SpringApplication(PlantrailApplication.class);
        next.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = next.run("--plantrail.mongo.embedded=file", dataDir,
                "--plantrail.seed.load-on-empty-store=false")) {
            assertThat(context.getBean(IntegrityVerifier.class).verify("small-plan", 16).ok()).isTrue();
            assertThat(context.getBean(PlanRecords.class).find("small-plan")).isNotNull();
        }
    }
}
