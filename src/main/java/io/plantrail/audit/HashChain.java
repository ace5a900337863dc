package io.plantrail.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The integrity chain: each event's hash covers its identity, its stored payload, its metadata
 * (but for the hash itself) and the previous event's hash in the plan's stream. Changing any
 * byte of a stored event, or removing or reordering events, breaks the chain from there on.
 */
public final class HashChain {

    public static final String HASH = "hash";
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hash(String previousHash, String eventIdentifier, String aggregateIdentifier,
                              long sequenceNumber, String payloadType, String payload, Map<String, ?> metaData) {
        StringBuilder canonical = new StringBuilder()
                .append(previousHash).append('\n').append(eventIdentifier).append('\n')
                .append(aggregateIdentifier).append('\n').append(sequenceNumber).append('\n')
                .append(payloadType).append('\n').append(payload).append('\n');
        new TreeMap<>(metaData).forEach((key, value) -> {
            if (!key.equals(HASH)) {
                canonical.append(key).append('=').append(value).append('\n');
            }
        });
        return sha256(canonical.toString());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
