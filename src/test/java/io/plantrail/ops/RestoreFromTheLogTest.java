package io.plantrail.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.plantrail.PlantrailApplication;
import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.audit.LogExport;
import io.plantrail.change.ChangeRejected;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.PlanRecords;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The backup story: a plan's exported log checks out with the auditor's own script, restores
 * into an empty store with the same versions, digests and entity versions, and a log with one
 * changed byte is refused, naming its line, with nothing stored.
 */
@DirtiesContext
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.document=classpath:seed/small-plan.json"})
class RestoreFromTheLogTest {

    private static final String PLAN = "small-plan";

    @Autowired
    LogExport export;
    @Autowired
    IntegrityVerifier integrity;
    @Autowired
    EntityVersions versions;
    @Autowired
    PlanRecords plans;

    @TempDir
    Path work;

    @Test
    void theExportedLogRestoresIntoAnEmptyStoreAsTheSamePlan() throws Exception {
        Path log = exported();
        long version = plans.version(PLAN);
        IntegrityVerifier.Report original = integrity.verify(PLAN, version);

        assertThat(RestoreCommandLine.run(PlantrailApplication.class, log, "--plantrail.mongo.data-dir=" + work.resolve("restored")))
                .isZero();

        try (ConfigurableApplicationContext restored = openStore(work.resolve("restored"))) {
            IntegrityVerifier.Report again = restored.getBean(IntegrityVerifier.class).verify(PLAN, version);
            assertThat(again.ok()).isTrue();
            assertThat(again.head()).isEqualTo(original.head());
            assertThat(again.draftDigests()).isEqualTo(original.draftDigests()).isNotEmpty();
            assertThat(restored.getBean(PlanRecords.class).version(PLAN)).isEqualTo(version);
            assertThat(restored.getBean(EntityVersions.class).everything(PLAN, version)).isEqualTo(versions.everything(PLAN, version));
        }
    }

    @Test
    void aLogWithOneChangedByteIsRefusedNamingItsLineAndNothingIsStored() throws Exception {
        List<String> lines = Files.readAllLines(exported(), StandardCharsets.UTF_8);
        String fifth = lines.get(4);
        int at = fifth.indexOf("serializedPayload") + 25;
        lines.set(4, fifth.substring(0, at) + (fifth.charAt(at) == 'x' ? 'y' : 'x') + fifth.substring(at + 1));
        Path tampered = Files.write(work.resolve("tampered.ndjson"), lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RestoreCommandLine.run(PlantrailApplication.class, tampered,
                "--plantrail.mongo.data-dir=" + work.resolve("refused")))
                .isInstanceOf(ChangeRejected.class).hasMessageStartingWith("Line 5 of the log does not check out");

        try (ConfigurableApplicationContext refused = openStore(work.resolve("refused"))) {
            assertThat(refused.getBean(LogExport.class).hasPlan(PLAN)).isFalse();
        }
    }

    @Test
    void theAuditorsOwnScriptRecomputesTheSameChain() throws Exception {
        assumeTrue(runs("python3", "--version"), "python3 is not installed here");
        Path log = exported();

        Process script = new ProcessBuilder("python3", "audit-tools/verify_log.py", log.toString()).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();

        IntegrityVerifier.Report report = integrity.verify(PLAN, plans.version(PLAN));
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("chain head " + report.head())
                .contains("digest " + report.draftDigests().get(0).digest());
    }

    private Path exported() throws IOException {
        Path log = work.resolve(PLAN + ".ndjson");
        try (OutputStream out = Files.newOutputStream(log)) {
            export.write(PLAN, out);
        }
        return log;
    }

    private static ConfigurableApplicationContext openStore(Path dataDir) {
        return new SpringApplicationBuilder(PlantrailApplication.class).web(WebApplicationType.NONE)
                .run("--plantrail.mongo.data-dir=" + dataDir, "--plantrail.seed.load-on-empty-store=false");
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
