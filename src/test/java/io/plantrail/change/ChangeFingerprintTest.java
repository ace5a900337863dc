package io.plantrail.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.OutcomeDetails;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are stored with idempotency keys: a retry after an upgrade must hash as the first
 * try did. These are the hashes the release before commands carried their expected version gave
 * (the expected version then travelled as metadata).
 */
class ChangeFingerprintTest {

    private static final OutcomeDetails RETITLED = new OutcomeDetails("Road safety", "UL", null,
            List.of("Fewer casualties"), null, null, null, null, null);

    @Test
    void aRevisionFromAnExpectedVersionHashesAsItDidWhenTheVersionWasMetadata() {
        assertThat(ChangeFingerprint.of(new ReviseOutcome("plan-1", "ENV-A-1", RETITLED, null, 5L), "Retitled"))
                .isEqualTo("ab8b5853edaa9e386ffb8f7fb4f0361f1492a953a654f4ce0ad4c58cc5c0d689");
    }

    @Test
    void aRemovalWithoutAnExpectedVersionHashesAsBefore() {
        assertThat(ChangeFingerprint.of(new RemoveOutcome("plan-1", "ENV-A-1"), "Withdrawn"))
                .isEqualTo("f38fb72eced513313100ffb93bc5436708438a3de1e3d12c8a6a2e784465a0b9");
    }

    @Test
    void theExpectedVersionIsPartOfWhatIsAskedFor() {
        assertThat(ChangeFingerprint.of(new ReviseOutcome("plan-1", "ENV-A-1", RETITLED, null, 6L), "Retitled"))
                .isNotEqualTo(ChangeFingerprint.of(new ReviseOutcome("plan-1", "ENV-A-1", RETITLED, null, 5L), "Retitled"));
    }
}
