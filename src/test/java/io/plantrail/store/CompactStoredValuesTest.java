package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** What the embedded file store writes is read back as it was, in far fewer bytes, and what it wrote before is still read. */
class CompactStoredValuesTest {

    private final CompactStoredValues type = new CompactStoredValues();

    @Test
    void aDocumentOfEveryKindOfValueComesBackEqual() {
        Document event = new Document("_id", new ObjectId())
                .append("aggregateIdentifier", "harrow-bvpp-2004-05").append("sequenceNumber", 331L)
                .append("count", 7).append("share", 0.252).append("sealed", true).append("gap", null)
                .append("timestamp", Instant.parse("2004-04-07T09:30:00Z"))
                .append("wrappedKey", new BinData(new byte[] {0, 1, 2, (byte) 0xFF}))
                .append("details", new Document("actions", List.of("Roll out the New Harrow Project", "£300,000 growth")))
                .append("emoji", "Harrow 👩‍💼 café \u0000 end");

        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void aLargeDocumentIsDeflatedAndComesBackEqual() {
        Document large = new Document("serializedPayload", "{\"title\":\"To make a major investment in this service.\"} ".repeat(200));

        assertThat(roundTrip(large)).isEqualTo(large);
        assertThat(written(large).length).as("deflated").isLessThan(written(new ObjectDataType(), large).length / 10);
    }

    @Test
    void anEventDocumentTakesLessThanHalfOfH2sOwnForm() {
        Document event = new Document("_id", new ObjectId()).append("aggregateIdentifier", "harrow-bvpp-2004-05")
                .append("sequenceNumber", 95L).append("type", "Plan").append("payloadType", "OutcomeAdded")
                .append("serializedPayload", "{\"planId\":\"harrow-bvpp-2004-05\",\"outcomeId\":\"LRN-E-1\",\"priorityId\":\"LRN-E\"}");

        assertThat(written(event).length).isLessThan(written(new ObjectDataType(), event).length / 2);
    }

    @Test
    void indexKeysAndIdsComeBackInTheFormH2OrdersThemBy() {
        ObjectId id = new ObjectId();
        KeyValue key = new KeyValue("harrow-bvpp-2004-05", 331L);

        for (Object value : List.of(id, key, new KeyValue("plan", "LRN-E-1", 12L, 0.5, true))) {
            Object back = roundTrip(value);
            assertThat(back).isEqualTo(value);
            assertThat(ObjectDataType.serialize(back)).as("the bytes H2 compares").isEqualTo(ObjectDataType.serialize(value));
            assertThat(written(value).length).isLessThan(written(new ObjectDataType(), value).length / 3);
        }
    }

    @Test
    void indexKeysCompareInH2sOwnOrderEachTimeTheyAreCompared() {
        ObjectDataType h2 = new ObjectDataType();
        Random random = new Random(2004);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(switch (i % 4) {
                case 0 -> new KeyValue("harrow-bvpp-2004-05", (long) random.nextInt(100_000));
                case 1 -> new KeyValue("harrow-bvpp-2004-05/LRN-E-" + random.nextInt(50) + "@" + random.nextInt(9_999));
                case 2 -> new KeyValue(random.nextInt(1_000), random.nextBoolean() ? null : "x" + random.nextInt(99));
                default -> (KeyValue) roundTrip(new KeyValue("plan", (long) random.nextInt(300)));
            });
        }
        for (int round = 0; round < 3; round++) {
            for (KeyValue a : keys) {
                for (KeyValue b : keys) {
                    assertThat(Integer.signum(type.compare(a, b))).as("%s against %s", a, b)
                            .isEqualTo(Integer.signum(h2.compare(a, b)));
                }
            }
        }
    }

    @Test
    void aKeyBsonCannotHoldKeepsH2sOwnForm() {
        KeyValue other = new KeyValue("plan", UUID.nameUUIDFromBytes(new byte[] {1}));

        assertThat(roundTrip(other)).isEqualTo(other);
        assertThat(written(other)).isEqualTo(written(new ObjectDataType(), other));
    }

    @Test
    void valuesWrittenInH2sOwnFormAreStillRead() {
        Document before = new Document("_id", "person-1").append("wrappedKey", new BinData(new byte[60]));
        for (Object value : List.of(before, new ObjectId(), new KeyValue("a", 1L), "plain", 42L)) {
            ByteBuffer old = ByteBuffer.wrap(written(new ObjectDataType(), value));

            assertThat(type.read(old)).isEqualTo(value);
            assertThat(old.hasRemaining()).isFalse();
        }
    }

    private Object roundTrip(Object value) {
        ByteBuffer buffer = ByteBuffer.wrap(written(value));
        Object back = type.read(buffer);
        assertThat(buffer.hasRemaining()).as("every byte written is read").isFalse();
        return back;
    }

    private byte[] written(Object value) {
        return written(type, value);
    }

    private static byte[] written(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        byte[] written = new byte[bytes.remaining()];
        bytes.get(written);
        return written;
    }
}
