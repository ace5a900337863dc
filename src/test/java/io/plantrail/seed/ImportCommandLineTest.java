package io.plantrail.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.PlantrailApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code java -jar plantrail.jar import FILE}: starts without the web server or sign-in, imports, exits 0. */
class ImportCommandLineTest {

    @Test
    void aPlanDocumentIsImportedFromTheCommandLine() throws Exception {
        int exit = ImportCommandLine.run(PlantrailApplication.class, Path.of("src/test/resources/seed/small-plan.json"),
                "--plantrail.mongo.embedded=memory");

        assertThat(exit).isZero();
    }
}
