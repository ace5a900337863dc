package io.plantrail.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.ChangeResult;
import io.plantrail.store.SnapshotSerializer;
import java.time.Instant;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

/** Keys held by a snapshot from before keys had a time are kept for a day from the first change after it. */
class RetriedChangesTest {

    private static final String UNDATED_SNAPSHOT = """
            {"byPersonAndKey": {"j.smith\\nkey-1": {"result": {"planVersion": 4, "entityId": "ENV-A-1"},
                                                   "fingerprint": "fingerprint-of-key-1"}}}""";
    private static final Instant FIRST_CHANGE_AFTER_LOAD = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void anUndatedKeyIsRememberedForADayFromTheFirstChangeAfterTheSnapshotWasLoaded() {
        RetriedChanges retried = fromSnapshot();
        colleaguesChangeAt(retried, FIRST_CHANGE_AFTER_LOAD, 5);
        colleaguesChangeAt(retried, FIRST_CHANGE_AFTER_LOAD.plus(RetriedChanges.REMEMBERED_FOR).minusSeconds(60), 6);

        assertThat(retried.firstResultOf(retryOfKeyOne())).contains(new ChangeResult(4, "ENV-A-1"));

        colleaguesChangeAt(retried, FIRST_CHANGE_AFTER_LOAD.plus(RetriedChanges.REMEMBERED_FOR).plusSeconds(60), 7);
        assertThat(retried.firstResultOf(retryOfKeyOne())).isEmpty();
    }

    private static RetriedChanges fromSnapshot() {
        return SnapshotSerializer.create().deserialize(
                new SimpleSerializedObject<>(UNDATED_SNAPSHOT, String.class, RetriedChanges.class.getName(), null));
    }

    private static void colleaguesChangeAt(RetriedChanges retried, Instant at, long sequenceNumber) {
        retried.on(new Object(), sequenceNumber, at, null, "k.jones", "ENV-A-1", null);
    }

    private static MetaData retryOfKeyOne() {
        return MetaData.from(Map.of(ChangeMetadata.ACTOR, "j.smith", ChangeMetadata.IDEMPOTENCY_KEY, "key-1",
                ChangeMetadata.CHANGE_FINGERPRINT, "fingerprint-of-key-1"));
    }
}
