package io.plantrail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantrail.privacy.ContactCipher.Plain;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** A contact sealed under its person's key opens only with that key; the key itself is sealed under the master key. */
class ContactCipherTest {

    @Test
    void aSealedContactOpensWithItsKeyAloneAndSealsTheSameTwice() {
        SecretKey key = KeyWrap.newKey();
        Plain trehern = new Plain("Andrew Trehern", "020 8424 1590");
        String sealed = ContactCipher.seal(key, "P-1", trehern);

        assertThat(sealed).doesNotContain("Trehern").isEqualTo(ContactCipher.seal(key, "P-1", trehern));
        assertThat(ContactCipher.open(key, "P-1", sealed)).isEqualTo(trehern);
        assertThat(ContactCipher.open(key, "P-1", ContactCipher.seal(key, "P-1", new Plain(null, "020 8424 1590"))))
                .isEqualTo(new Plain(null, "020 8424 1590"));
        assertThatThrownBy(() -> ContactCipher.open(KeyWrap.newKey(), "P-1", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSealedContactCannotBeMovedToAnotherPerson() {
        SecretKey key = KeyWrap.newKey();
        String sealed = ContactCipher.seal(key, "P-1", new Plain("Andrew Trehern", "020 8424 1590"));

        assertThatThrownBy(() -> ContactCipher.open(key, "P-2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(ContactCipher.seal(key, "P-2", new Plain("Andrew Trehern", "020 8424 1590"))).isNotEqualTo(sealed);
    }

    @Test
    void aRoleIsSealedWithTheName() {
        SecretKey key = KeyWrap.newKey();
        Plain rayson = new Plain("Brenda Rayson", "020 8863 5611 x3900", "Principal Adviser");
        String sealed = ContactCipher.seal(key, "P-1", rayson);

        assertThat(sealed).doesNotContain("Adviser");
        assertThat(ContactCipher.open(key, "P-1", sealed)).isEqualTo(rayson);
        assertThat(ContactCipher.seal(key, "P-1", new Plain("Brenda Rayson", "020 8863 5611 x3900"))).isNotEqualTo(sealed);
    }

    /** Sealed by the build before Tink (AES-GCM, nonce from the text), with this key: stored so, they must still open. */
    @Test
    void contactsSealedBeforeTinkStillOpen() {
        SecretKey key = PersonKeys.secretKey(HexFormat.of().parseHex("030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dc"));

        assertThat(ContactCipher.open(key, "P-1", "cwTfROlalzlTqH/U5sgNCeRXwMAaIOLMBtWE8eAzkoonsEuIE559aiBS3ZKfFTekWSISmnqjyvQ="))
                .isEqualTo(new Plain("Andrew Trehern", "020 8424 1590"));
        assertThat(ContactCipher.open(key, "P-1",
                "w4qqvIyyPSUAx8cYQ8mpyH39SuwPwhinoP3ARvYA9fs93sDayftny2OD8hPRggmK7C1ZEhaeMN9qN6ZEOWSi/m2Ekkhi7b033JemCPjwdg=="))
                .isEqualTo(new Plain("Brenda Rayson", "020 8863 5611 x3900", "Principal Adviser"));
        assertThatThrownBy(() -> ContactCipher.open(KeyWrap.newKey(), "P-1",
                "cwTfROlalzlTqH/U5sgNCeRXwMAaIOLMBtWE8eAzkoonsEuIE559aiBS3ZKfFTekWSISmnqjyvQ="))
                .isInstanceOf(IllegalStateException.class);
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

    /** Wrapped by the build before Tink under this master key: person keys stored so must still open. */
    @Test
    void keysWrappedBeforeTinkStillOpen() {
        SecretKey master = PersonKeys.secretKey(HexFormat.of().parseHex("030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dc"));
        byte[] wrapped = java.util.Base64.getDecoder().decode("oDsjiXU60P6wsKHcqSVVqP5RuBvQjnUEbaH5TPkNPktAVmkZFiSf4KgqEohlgs7zbSePI4n8cbO32E+s");

        assertThat(KeyWrap.unwrap(master, "P-1", wrapped))
                .hasValue(HexFormat.of().parseHex("05101b26313c47525d68737e89949faab5c0cbd6e1ecf7020d18232e39444f5a"));
        assertThat(KeyWrap.unwrap(master, "P-2", wrapped)).isEmpty();
    }
}
