package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A key written straight as BSON is byte for byte the wire server's BSON of the key as a document, as files already hold it (an 8-byte start, so every key makes the buffer grow). */
class KeyBsonTest {

    private static final List<String> AWKWARD_TEXT = List.of("", "harrow-bvpp-2004-05", "café £300,000",
            "Harrow 👩‍💼", "\u0000 inside", "\uD800 unpaired", "end \uDFFF", "x".repeat(5_000));

    @Test
    void everyPlainTypeAndAwkwardTextAsTheEncoderWritesThem() {
        Random random = new Random(2004);
        for (int i = 0; i < 2_000; i++) {
            KeyValue key = randomKey(random);
            assertThat(keyBson(key)).as("%s", key).isEqualTo(encodersBson(key));
        }
    }

    @Test
    void aKeyOfMoreThanTenValuesNamesThemAsTheEncoderDoes() {
        List<Object> values = new ArrayList<>();
        for (long i = 0; i < 12; i++) {
            values.add(i);
        }
        KeyValue key = new KeyValue(values);

        assertThat(keyBson(key)).isEqualTo(encodersBson(key));
    }

    private static KeyValue randomKey(Random random) {
        List<Object> values = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            values.add(switch (random.nextInt(7)) {
                case 0 -> null;
                case 1 -> AWKWARD_TEXT.get(random.nextInt(AWKWARD_TEXT.size()));
                case 2 -> random.nextInt();
                case 3 -> random.nextLong();
                case 4 -> random.nextBoolean() ? random.nextDouble() : Double.NaN;
                case 5 -> random.nextBoolean();
                default -> new ObjectId();
            });
        }
        return new KeyValue(values);
    }

    private static byte[] keyBson(KeyValue key) {
        return CompactStoredValues.encoded(8, bytes -> KeyBson.write(key, bytes));
    }

    private static byte[] encodersBson(KeyValue key) {
        Document document = new Document();
        for (int i = 0; i < key.size(); i++) {
            document.put(Integer.toString(i), key.get(i));
        }
        return CompactStoredValues.encoded(8, bytes -> BsonEncoder.encodeDocument(document, bytes));
    }
}
