package io.plantrail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.audit.HashChain.StoredEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hash (format 2) covers every stored part of an event, each part apart from its neighbours. */
class HashChainTest {

    private static final StoredEvent EVENT = new StoredEvent("e-1", "plan", 3, "2026-12-01T08:00:00Z",
            "io.plantrail.plan.OutcomeRevised", null, "{\"title\":\"Jobs\"}", Map.of("actor", "officer", "reason", "Typo", HashChain.FORMAT, "2"));

    @Test
    void everyPartOfTheStoredEventChangesTheHash() {
        String hash = HashChain.hash(HashChain.GENESIS, EVENT);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(HashChain.hash(HashChain.GENESIS, EVENT));
        assertThat(new String[] {
            HashChain.hash("1".repeat(64), EVENT),
            HashChain.hash(HashChain.GENESIS, with("e-2", "plan", 3, EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan2", 3, EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 4, EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, "2026-12-01T08:00:01Z", EVENT.payloadType(), null, EVENT.payload(), EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, EVENT.timestamp(), "io.plantrail.plan.OutcomeRemoved", null, EVENT.payload(), EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, EVENT.timestamp(), EVENT.payloadType(), "2", EVENT.payload(), EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, EVENT.timestamp(), EVENT.payloadType(), null, "{\"title\":\"Jobz\"}", EVENT.metaData())),
            HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(),
                    Map.of("actor", "mallory", "reason", "Typo", HashChain.FORMAT, "2")))
        }).doesNotContain(hash).doesNotHaveDuplicates();
    }

    @Test
    void textMovedFromOneMetadataEntryIntoAnotherIsADifferentEvent() {
        String apart = HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, EVENT.timestamp(), EVENT.payloadType(), null,
                EVENT.payload(), Map.of("actor", "officer", "reason", "Typo", HashChain.FORMAT, "2")));
        String runTogether = HashChain.hash(HashChain.GENESIS, with("e-1", "plan", 3, EVENT.timestamp(), EVENT.payloadType(), null,
                EVENT.payload(), Map.of("actor", "officer\nreason=Typo", HashChain.FORMAT, "2")));
        assertThat(runTogether).isNotEqualTo(apart);
    }

    private static StoredEvent with(String id, String plan, long sequence, String time, String type, String revision, String payload,
                                    Map<String, ?> metaData) {
        return new StoredEvent(id, plan, sequence, time, type, revision, payload, metaData);
    }
}
