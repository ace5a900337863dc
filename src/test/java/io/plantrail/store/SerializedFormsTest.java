package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.io.ObjectStreamConstants;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** Each key's Java-serialized form, as H2 orders keys by it, from one reused stream per thread. */
class SerializedFormsTest {

    @Test
    void givesH2sBytesAfterAResetMarkForEveryKeyEvenWhenKeysShareASlot() {
        SerializedForms forms = new SerializedForms(2);
        List<KeyValue> keys = new ArrayList<>();
        for (long i = 0; i < 50; i++) {
            keys.add(new KeyValue("plan", i));
        }
        for (int round = 0; round < 2; round++) {
            for (KeyValue key : keys) {
                assertThat(forms.of(key)).isEqualTo(h2sBytesAfterAResetMark(key));
            }
        }
    }

    @Test
    void aKeyThatLostItsSlotToAnotherIsSerializedAgain() {
        SerializedForms forms = new SerializedForms(1);
        KeyValue first = new KeyValue("plan", 1L);
        KeyValue second = new KeyValue("plan", 2L);

        assertThat(forms.of(first)).isEqualTo(h2sBytesAfterAResetMark(first));
        assertThat(forms.of(second)).isEqualTo(h2sBytesAfterAResetMark(second));
        assertThat(forms.of(first)).isEqualTo(h2sBytesAfterAResetMark(first));
    }

    @Test
    void keysOfEveryPlainTypeOneAfterAnotherEachGetTheirOwnWholeForm() {
        SerializedForms forms = new SerializedForms(1);
        List<KeyValue> keys = List.of(new KeyValue("plan", 1L), new KeyValue(1, "plan"), new KeyValue((Object) null),
                new KeyValue(2.5, true), new KeyValue(new ObjectId(), "plan", 3L), new KeyValue("plan", 1L));
        for (KeyValue key : keys) {
            assertThat(forms.of(key)).as("%s", key).isEqualTo(h2sBytesAfterAResetMark(key));
        }
    }

    /** H2's bytes begin with the stream header (four bytes); these begin with the one-byte reset mark instead. */
    private static byte[] h2sBytesAfterAResetMark(KeyValue key) {
        byte[] h2s = ObjectDataType.serialize(key);
        byte[] expected = new byte[h2s.length - 3];
        expected[0] = ObjectStreamConstants.TC_RESET;
        System.arraycopy(h2s, 4, expected, 1, h2s.length - 4);
        return expected;
    }
}
