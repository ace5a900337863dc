package io.plantrail.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over a contact's name and phone. The nonce is derived from the key and the text
 * (a synthetic IV), so the same contact seals to the same text: a revision that leaves the
 * contacts alone does not look like a change to them.
 */
final class ContactCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\u001f';

    /** {@code role} is sealed after the phone only where there is one, so contacts sealed without it read as before. */
    record Plain(String name, String phone, String role) {
        Plain(String name, String phone) {
            this(name, phone, null);
        }
    }

    private ContactCipher() {
    }

    static String seal(SecretKey key, Plain contact) {
        byte[] text = (nullToEmpty(contact.name()) + SEPARATOR + nullToEmpty(contact.phone())
                + (contact.role() == null ? "" : SEPARATOR + contact.role())).getBytes(StandardCharsets.UTF_8);
        byte[] nonce = Arrays.copyOf(nonceMac(key, text), NONCE_BYTES);
        byte[] encrypted = run(Cipher.ENCRYPT_MODE, key, nonce, text);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + encrypted.length)
                .put(nonce).put(encrypted).array());
    }

    static Plain open(SecretKey key, String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        String text = new String(run(Cipher.DECRYPT_MODE, key, nonce, Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length)),
                StandardCharsets.UTF_8);
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        return new Plain(emptyToNull(parts[0]), emptyToNull(parts[1]), parts.length > 2 ? emptyToNull(parts[2]) : null);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed contact could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }

    private static byte[] nonceMac(SecretKey key, byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            mac.update("plantrail contact nonce".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
