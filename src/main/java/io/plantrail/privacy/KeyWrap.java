package io.plantrail.privacy;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key sealed under another with Tink's AES-256-GCM (a random nonce before the sealed bytes, the
 * form keys were wrapped in before Tink too), bound to what it is for, so it cannot be moved to
 * another person.
 */
final class KeyWrap {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyWrap() {
    }

    static SecretKey newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    static byte[] wrap(SecretKey wrapping, String boundTo, byte[] secret) {
        try {
            return new AesGcmJce(wrapping.getEncoded()).encrypt(secret, boundTo.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key could not be wrapped", e);
        }
    }

    /** Empty when the wrapping key is not the one this was wrapped with, or the wrapped key was altered. */
    static Optional<byte[]> unwrap(SecretKey wrapping, String boundTo, byte[] wrapped) {
        try {
            return Optional.of(new AesGcmJce(wrapping.getEncoded()).decrypt(wrapped, boundTo.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException notThisKey) {
            return Optional.empty();
        }
    }
}
