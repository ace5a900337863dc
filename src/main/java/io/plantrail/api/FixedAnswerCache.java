package io.plantrail.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answers to pinned questions, least recently used dropped first once they pass a size in bytes. */
final class FixedAnswerCache {

    record FixedAnswer(byte[] body, String contentType, String etag) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, FixedAnswer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    FixedAnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized FixedAnswer get(String key) {
        return answers.get(key);
    }

    synchronized void put(String key, FixedAnswer answer) {
        if (answer.body().length > maxBytes) {
            return;
        }
        FixedAnswer replaced = answers.put(key, answer);
        bytes += answer.body().length - (replaced == null ? 0 : replaced.body().length);
        var oldest = answers.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            Map.Entry<String, FixedAnswer> dropped = oldest.next();
            bytes -= dropped.getValue().body().length;
            oldest.remove();
        }
    }
}
