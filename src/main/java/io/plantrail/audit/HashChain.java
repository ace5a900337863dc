package io.plantrail.audit;

import io.plantrail.change.Sha256;
import java.util.Map;
import java.util.TreeMap;

/**
 * The integrity chain: each event's hash covers everything stored about it — identity, stream
 * and sequence number, timestamp, payload type and revision, payload, every metadata entry (but
 * the hash itself) — and the previous event's hash in the plan's stream. Changing any of it, or
 * removing or reordering events, breaks the chain from there on.
 *
 * <p>Format 2 (metadata {@code hashFormat: "2"}) encodes every field with its length, so no two
 * different events can read as the same text. Events stored before it carry no format and keep
 * format 1 (newline-separated; no timestamp or revision), which verification still recomputes.
 */
public final class HashChain {

    public static final String HASH = "hash";
    public static final String FORMAT = "hashFormat";
    public static final String CURRENT_FORMAT = "2";
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** What the chain hashes of one event, exactly as it is stored. */
    public record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                              String timestamp, String payloadType, String payloadRevision, String payload,
                              Map<String, ?> metaData) {
    }

    public static String hash(String previousHash, StoredEvent event) {
        return CURRENT_FORMAT.equals(String.valueOf(event.metaData().get(FORMAT)))
                ? formatTwo(previousHash, event) : formatOne(previousHash, event);
    }

    private static String formatTwo(String previousHash, StoredEvent event) {
        StringBuilder canonical = new StringBuilder("plantrail-chain/2");
        field(canonical, previousHash);
        field(canonical, event.eventIdentifier());
        field(canonical, event.aggregateIdentifier());
        field(canonical, Long.toString(event.sequenceNumber()));
        field(canonical, event.timestamp());
        field(canonical, event.payloadType());
        field(canonical, event.payloadRevision());
        field(canonical, event.payload());
        TreeMap<String, ?> metaData = new TreeMap<>(event.metaData());
        metaData.remove(HASH);
        field(canonical, Integer.toString(metaData.size()));
        metaData.forEach((key, value) -> {
            field(canonical, key);
            field(canonical, typed(value));
        });
        return sha256(canonical.toString());
    }

    /** A length-prefixed field: "(n)text", with null as "(-)". */
    private static void field(StringBuilder canonical, String value) {
        canonical.append(value == null ? "(-)" : "(" + value.length() + ")" + value);
    }

    private static String typed(Object value) {
        if (value == null) {
            return null;
        }
        String type = value instanceof Number ? "n:" : value instanceof Boolean ? "b:" : "s:";
        return type + value;
    }

    private static String formatOne(String previousHash, StoredEvent event) {
        StringBuilder canonical = new StringBuilder()
                .append(previousHash).append('\n').append(event.eventIdentifier()).append('\n')
                .append(event.aggregateIdentifier()).append('\n').append(event.sequenceNumber()).append('\n')
                .append(event.payloadType()).append('\n').append(event.payload()).append('\n');
        new TreeMap<>(event.metaData()).forEach((key, value) -> {
            if (!key.equals(HASH)) {
                canonical.append(key).append('=').append(value).append('\n');
            }
        });
        return sha256(canonical.toString());
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
