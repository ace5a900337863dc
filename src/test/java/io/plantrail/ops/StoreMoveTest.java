package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.PlantrailApplication;
import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.change.Contact;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.part.Outcome;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.privacy.PersonalData;
import io.plantrail.privacy.RevealedContact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one move between store formats: what {@code export DIR} wrote from a store in plantrail's
 * own file format (the checked-in export of the Harrow plan with its Draft 2, written by the last
 * release with that format) restores into a new store whole: the same chain, the same versions,
 * and every contact still readable with the same master key file.
 */
class StoreMoveTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final Path EXPORTED = Path.of("src/test/resources/stores/exported-before-library-format");
    /** The plan's version when it was exported: the import, Draft 1, five changes and Draft 2. */
    private static final long EXPORTED_VERSION = 345;

    @TempDir
    Path work;

    @Test
    void anExportFromTheOldFormatRestoresWithItsChainAndItsContacts() throws Exception {
        Path keyFile = Files.copy(EXPORTED.resolve("master.key"), work.resolve("data.master.key"));
        Path dataDir = work.resolve("data");
        String[] settings = {"--plantrail.mongo.data-dir=" + dataDir, "--plantrail.privacy.master-key-file=" + keyFile};

        assertThat(RestoreCommandLine.run(PlantrailApplication.class, EXPORTED, settings)).isZero();

        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(PlantrailApplication.class)
                .web(WebApplicationType.NONE).run(settings[0], settings[1], "--plantrail.seed.load-on-empty-store=false")) {
            assertThat(store.getBean(PlanRecords.class).version(PLAN)).isEqualTo(EXPORTED_VERSION);
            IntegrityVerifier.Report report = store.getBean(IntegrityVerifier.class).verify(PLAN, EXPORTED_VERSION);
            assertThat(report.ok()).isTrue();
            assertThat(report.draftDigests()).hasSize(2);

            List<Contact> contacts = store.getBean(PlanParts.class).all(PLAN, Outcome.class, EXPORTED_VERSION).stream()
                    .flatMap(outcome -> outcome.contacts().stream()).toList();
            List<RevealedContact> revealed = store.getBean(PersonalData.class).reveal(contacts);
            assertThat(revealed).hasSizeGreaterThan(50).noneMatch(RevealedContact::erased);
            assertThat(revealed).filteredOn(contact -> contact.name() != null).hasSizeGreaterThan(50);
        }
    }
}
