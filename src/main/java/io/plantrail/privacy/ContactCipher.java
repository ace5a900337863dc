package io.plantrail.privacy;

import com.google.crypto.tink.subtle.AesSiv;
import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A contact's name, phone and role sealed under its person's key with Tink's AES-SIV (RFC 5297),
 * a deterministic AEAD: the same contact seals to the same text, so a revision that leaves the
 * contacts alone does not look like a change to them, and the person's id is bound in, so a
 * sealed contact cannot be moved to another person. The SIV key is derived from the person's key
 * (HKDF), so erasing that key still erases the contact. Contacts sealed before Tink (no prefix:
 * AES-GCM with a nonce derived from the text) still open; none is sealed that way again.
 */
final class ContactCipher {

    private static final String SIV = "siv:";
    private static final byte[] SIV_KEY_INFO = "plantrail contact AES-SIV key".getBytes(StandardCharsets.UTF_8);
    private static final int SIV_KEY_BYTES = 64;
    private static final char SEPARATOR = '\u001f';

    /** {@code role} is sealed after the phone only where there is one. */
    record Plain(String name, String phone, String role) {
        Plain(String name, String phone) {
            this(name, phone, null);
        }
    }

    private ContactCipher() {
    }

    static String seal(SecretKey key, String personId, Plain contact) {
        byte[] text = (nullToEmpty(contact.name()) + SEPARATOR + nullToEmpty(contact.phone())
                + (contact.role() == null ? "" : SEPARATOR + contact.role())).getBytes(StandardCharsets.UTF_8);
        try {
            return SIV + Base64.getEncoder().encodeToString(siv(key).encryptDeterministically(text, boundTo(personId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A contact could not be sealed", e);
        }
    }

    static Plain open(SecretKey key, String personId, String sealed) {
        byte[] text;
        try {
            text = sealed.startsWith(SIV)
                    ? siv(key).decryptDeterministically(Base64.getDecoder().decode(sealed.substring(SIV.length())), boundTo(personId))
                    : BeforeTink.open(key, Base64.getDecoder().decode(sealed));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed contact could not be opened", e);
        }
        String[] parts = new String(text, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1);
        return new Plain(emptyToNull(parts[0]), emptyToNull(parts[1]), parts.length > 2 ? emptyToNull(parts[2]) : null);
    }

    private static AesSiv siv(SecretKey key) throws GeneralSecurityException {
        return new AesSiv(Hkdf.computeHkdf("HMACSHA256", key.getEncoded(), new byte[0], SIV_KEY_INFO, SIV_KEY_BYTES));
    }

    private static byte[] boundTo(String personId) {
        return ("contact of " + personId).getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** The form contacts were sealed in before 2026-12-06: a 12-byte nonce, then AES-256-GCM. Read only. */
    private static final class BeforeTink {

        private static final int NONCE_BYTES = 12;
        private static final int TAG_BITS = 128;

        static byte[] open(SecretKey key, byte[] bytes) throws GeneralSecurityException {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(bytes, NONCE_BYTES)));
            return cipher.doFinal(Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
        }
    }
}
