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

/** Which keys a plan still remembers: the last {@link RetriedChanges#AT_MOST} of the last day. */
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

    @Test
    void onlyTheLastKeysAreRememberedHoweverFastTheyCame() {
        RetriedChanges retried = new RetriedChanges();
        for (int n = 0; n <= RetriedChanges.AT_MOST; n++) {
            retried.on(new Object(), n, FIRST_CHANGE_AFTER_LOAD, "key-" + n, "j.smith", "ENV-A-1", "fingerprint-of-key-" + n);
        }

        assertThat(retried.firstResultOf(retryOf("key-0"))).as("the oldest, one too many").isEmpty();
        assertThat(retried.firstResultOf(retryOf("key-1"))).contains(new ChangeResult(2, "ENV-A-1"));
        assertThat(retried.firstResultOf(retryOf("key-" + RetriedChanges.AT_MOST))).isPresent();
    }

    private static RetriedChanges fromSnapshot() {
        return SnapshotSerializer.create().deserialize(
                new SimpleSerializedObject<>(UNDATED_SNAPSHOT, String.class, RetriedChanges.class.getName(), null));
    }

    private static void colleaguesChangeAt(RetriedChanges retried, Instant at, long sequenceNumber) {
        retried.on(new Object(), sequenceNumber, at, null, "k.jones", "ENV-A-1", null);
    }

    private static MetaData retryOfKeyOne() {
        return retryOf("key-1");
    }

    private static MetaData retryOf(String key) {
        return MetaData.from(Map.of(ChangeMetadata.ACTOR, "j.smith", ChangeMetadata.IDEMPOTENCY_KEY, key,
                ChangeMetadata.CHANGE_FINGERPRINT, "fingerprint-of-" + key));
    }
}
