package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class SerializedFormsTest {

    @Test
    void givesH2sBytesForEveryKeyEvenWhenKeysShareASlot() {
        SerializedForms forms = new SerializedForms(2);
        List<KeyValue> keys = new ArrayList<>();
        for (long i = 0; i < 50; i++) {
            keys.add(new KeyValue("plan", i));
        }
        for (int round = 0; round < 2; round++) {
            for (KeyValue key : keys) {
                assertThat(forms.of(key)).isEqualTo(ObjectDataType.serialize(key));
            }
        }
    }

    @Test
    void aKeyThatLostItsSlotToAnotherIsSerializedAgain() {
        SerializedForms forms = new SerializedForms(1);
        KeyValue first = new KeyValue("plan", 1L);
        KeyValue second = new KeyValue("plan", 2L);

        assertThat(forms.of(first)).isEqualTo(ObjectDataType.serialize(first));
        assertThat(forms.of(second)).isEqualTo(ObjectDataType.serialize(second));
        assertThat(forms.of(first)).isEqualTo(ObjectDataType.serialize(first));
    }
}
