package io.plantrail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantrail.privacy.ContactCipher.Plain;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** A contact sealed under its person's key opens only with that key; the key itself is sealed under the master key. */
class ContactCipherTest {

    @Test
    void aSealedContactOpensWithItsKeyAloneAndSealsTheSameTwice() {
        SecretKey key = KeyWrap.newKey();
        Plain trehern = new Plain("Andrew Trehern", "020 8424 1590");
        String sealed = ContactCipher.seal(key, trehern);

        assertThat(sealed).doesNotContain("Trehern").isEqualTo(ContactCipher.seal(key, trehern));
        assertThat(ContactCipher.open(key, sealed)).isEqualTo(trehern);
        assertThat(ContactCipher.open(key, ContactCipher.seal(key, new Plain(null, "020 8424 1590"))))
                .isEqualTo(new Plain(null, "020 8424 1590"));
        assertThatThrownBy(() -> ContactCipher.open(KeyWrap.newKey(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRoleIsSealedWithTheNameAndAContactSealedWithoutOneReadsAsBefore() {
        SecretKey key = KeyWrap.newKey();
        Plain rayson = new Plain("Brenda Rayson", "020 8863 5611 x3900", "Principal Adviser");
        String sealed = ContactCipher.seal(key, rayson);

        assertThat(sealed).doesNotContain("Adviser");
        assertThat(ContactCipher.open(key, sealed)).isEqualTo(rayson);
        assertThat(ContactCipher.seal(key, new Plain("Brenda Rayson", "020 8863 5611 x3900")))
                .as("no role: the same sealed text as before roles were kept")
                .isEqualTo(ContactCipher.seal(key, new Plain("Brenda Rayson", "020 8863 5611 x3900", null)))
                .isNotEqualTo(sealed);
    }

    @Test
    void aWrappedKeyOpensOnlyWithItsMasterKeyAndForItsOwnPerson() {
        SecretKey master = KeyWrap.newKey();
        byte[] personKey = KeyWrap.newKey().getEncoded();
        byte[] wrapped = KeyWrap.wrap(master, "P-1", personKey);

        assertThat(KeyWrap.unwrap(master, "P-1", wrapped)).hasValue(personKey);
        assertThat(KeyWrap.unwrap(master, "P-2", wrapped)).as("moved to another person").isEmpty();
        assertThat(KeyWrap.unwrap(KeyWrap.newKey(), "P-1", wrapped)).as("another master key").isEmpty();
    }
}
