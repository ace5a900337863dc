package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantrail.PlantrailApplication;
import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.part.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A version bump never silently orphans a council's data: the store file the release before wrote
 * (checked in, with its master key) opens, whole, at every build; and a file in plantrail's old
 * value format is refused at start with the way to move it, not read as a corrupt file.
 */
class StoreFileFormatTest {

    private static final Path STORES = Path.of("src/test/resources/stores");
    private static final String PLAN = "small-plan";
    /** The small plan imported as Draft 1 (16 events), then one officer's change. */
    private static final long WRITTEN_VERSION = 17;

    @TempDir
    Path work;

    @Test
    void theStoreFileTheReleaseBeforeWroteOpensWhole() throws Exception {
        Path release = STORES.resolve("library-format-first-release");
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Files.copy(release.resolve("plantrail.mv.db"), dataDir.resolve("plantrail.mv.db"));
        Path keyFile = Files.copy(release.resolve("master.key"), work.resolve("data.master.key"));

        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(PlantrailApplication.class)
                .web(WebApplicationType.NONE).run("--plantrail.mongo.data-dir=" + dataDir,
                        "--plantrail.privacy.master-key-file=" + keyFile, "--plantrail.seed.load-on-empty-store=false")) {
            assertThat(store.getBean(PlanRecords.class).version(PLAN)).isEqualTo(WRITTEN_VERSION);
            assertThat(store.getBean(IntegrityVerifier.class).verify(PLAN, WRITTEN_VERSION).ok()).isTrue();
            assertThat(store.getBean(EntityVersions.class).one(PLAN, "ENV-A-1", WRITTEN_VERSION).as(Outcome.class).leadDirectorate())
                    .isEqualTo("UL / BC");
        }
    }

    @Test
    void aFileInPlantrailsOldValueFormatIsRefusedWithTheWayToMoveIt() throws Exception {
        Path old = Files.copy(STORES.resolve("plantrail-own-format/plantrail.mv.db"), work.resolve("plantrail.mv.db"));

        assertThatThrownBy(() -> DurableH2Backend.open(old.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'export DIR'").hasMessageContaining("'restore DIR'");
    }
}
