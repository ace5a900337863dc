package io.plantrail.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** A key sealed under another (AES-256-GCM), bound to what it is for, so it cannot be moved to another person. */
final class KeyWrap {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyWrap() {
    }

    static SecretKey newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    static byte[] wrap(SecretKey wrapping, String boundTo, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, wrapping, nonce, boundTo).doFinal(secret);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key could not be wrapped", e);
        }
    }

    /** Empty when the wrapping key is not the one this was wrapped with. */
    static Optional<byte[]> unwrap(SecretKey wrapping, String boundTo, byte[] wrapped) {
        if (wrapped.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, wrapping, Arrays.copyOf(wrapped, NONCE_BYTES), boundTo)
                    .doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES));
        } catch (AEADBadTagException wrongKey) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key could not be unwrapped", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String boundTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
