package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A document carries its proof: the plan document and the comparison print the chain head of
 * each plan version they were made from, and the offline verifier confirms a saved copy's digest
 * against the exported log, and refuses it once one figure in the log is changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class DocumentProofTest extends ApiTestSupport {

    private static final Pattern PRINTED = Pattern.compile("plan version (\\d+) \\(the log's chain head there: ([0-9a-f]{64})\\)");

    @TempDir
    Path work;

    @Test
    void aSavedDocumentsDigestIsConfirmedByTheOfflineVerifierAndRefusedAfterAFigureChanges() throws Exception {
        assumeTrue(runs("python3", "--version"), "python3 is not installed here");
        addOutcome("Removal of all graffiti", "UL");
        issueDraftOne();
        addOutcome("Improved sweeping", "UL");
        String document = download("/plans/" + planId + "/document.md?draft=1");
        String comparison = download("/plans/" + planId + "/comparison.md?from=draft:1");
        List<String> printed = printed(document);
        assertThat(printed).hasSize(2);
        assertThat(printed(comparison)).hasSize(4).startsWith(printed.get(0), printed.get(1));

        Path log = work.resolve("log.ndjson");
        Files.writeString(log, download("/plans/" + planId + "/log"));
        Path copy = work.resolve("document.md");
        Files.writeString(copy, document);
        String[] fromTheCopy = atArguments(Files.readString(copy));
        Verified confirmed = verify(log, fromTheCopy);
        assertThat(confirmed.exitCode()).as(confirmed.output()).isZero();
        assertThat(confirmed.output()).contains("the printed digest " + printed.get(1) + " is the log's");

        assertRefusedOnceChanged(log, "Removal of all graffiti", "Removal of most graffiti", fromTheCopy);
    }

    @Test
    void aSavedMonitoringReportIsConfirmedAgainstTheLogAndRefusedAfterAReadingChanges() throws Exception {
        assumeTrue(runs("python3", "--version"), "python3 is not installed here");
        String outcome = addOutcome("Removal of all graffiti", "UL");
        run("""
                mutation($p: ID!, $o: String!) { defineMeasure(planId: $p, key: "GRAFFITI", input: {title: "Graffiti removed in 48 hours",
                  appliesTo: $o, unit: "%", betterWhen: HIGHER, frequency: QUARTERLY, targets: [{year: "2004/05", target: "90"}]},
                  reason: "Example data: a measure for the test") { id } }""", "p", planId, "o", outcome);
        run("""
                mutation($p: ID!) { recordReading(planId: $p, measureId: "M-GRAFFITI", input: {period: "2004/05-Q1", value: "87.25"},
                  reason: "Example data: Q1 return") { id } }""", "p", planId);
        String report = download("/plans/" + planId + "/monitoring-report.md?at=now");
        assertThat(report).contains("87.25%");
        Path log = work.resolve("log.ndjson");
        Files.writeString(log, download("/plans/" + planId + "/log"));
        String[] fromTheReport = atArguments(report);
        assertThat(fromTheReport).hasSize(3);

        Verified confirmed = verify(log, fromTheReport);
        assertThat(confirmed.exitCode()).as(confirmed.output()).isZero();
        assertRefusedOnceChanged(log, "87.25", "97.25", fromTheReport);
    }

    /** The same printed digests refused once one stored value in a copy of the log is changed behind the application's back. */
    private void assertRefusedOnceChanged(Path log, String stored, String changed, String[] at) throws Exception {
        String events = Files.readString(log);
        assertThat(events).contains(stored);
        Path altered = work.resolve("altered.ndjson");
        Files.writeString(altered, events.replace(stored, changed));
        Verified refused = verify(altered, at);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).startsWith("BROKEN");
    }

    /** The versions and digests a document prints, in order: version, digest, version, digest … */
    private static List<String> printed(String document) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PRINTED.matcher(document);
        while (matcher.find()) {
            found.add(matcher.group(1));
            found.add(matcher.group(2));
        }
        return found;
    }

    private static String[] atArguments(String document) {
        List<String> printed = printed(document);
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < printed.size(); i += 2) {
            arguments.addAll(List.of("--at", printed.get(i), printed.get(i + 1)));
        }
        return arguments.toArray(String[]::new);
    }

    private record Verified(int exitCode, String output) {
    }

    private static Verified verify(Path log, String... at) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", "audit-tools/verify_log.py", log.toString()));
        command.addAll(List.of(at));
        Process script = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verified(script.exitValue(), output);
    }


    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
