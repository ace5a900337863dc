package io.plantrail.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The Java-serialized form of the index keys compared most. H2 orders values it has no type of its
 * own for (the wire server's index keys) by these bytes, and serializes both keys afresh for every
 * comparison: some 17 comparisons for one lookup in a large index, about a fifth of the CPU of
 * reading the plan as at a version. Each slot holds the last key whose identity hash fell there, so
 * the memory is bounded and a key that lost its slot is only serialized again.
 * <p>
 * A key is serialized by its thread's one object stream, reset before each key, not by a new
 * stream (two buffers of a kilobyte or more each time, the most allocated thing under load). The
 * bytes then begin with the reset mark where a new stream's begin with its header; the rest is the
 * same, so every key compares with every other exactly as H2's own bytes do.
 */
final class SerializedForms {

    private record Form(Object value, byte[] bytes) {
    }

    private final Form[] slots;
    private final ThreadLocal<KeyStream> streams = new ThreadLocal<>();

    /** {@code slots} must be a power of two. */
    SerializedForms(int slots) {
        this.slots = new Form[slots];
    }

    /** Bytes ordered as {@link ObjectDataType#serialize}'s are; a slot read racing a write only misses. */
    byte[] of(Object value) {
        int slot = System.identityHashCode(value) & (slots.length - 1);
        Form form = slots[slot];
        if (form == null || form.value() != value) {
            form = new Form(value, serialize(value));
            slots[slot] = form;
        }
        return form.bytes();
    }

    private byte[] serialize(Object value) {
        KeyStream stream = streams.get();
        if (stream == null) {
            stream = new KeyStream();
            streams.set(stream);
        }
        try {
            return stream.serialize(value);
        } catch (IOException | RuntimeException broken) {
            streams.remove();
            throw new IllegalArgumentException("An index key could not be serialized", broken);
        }
    }

    /** One thread's object stream, its header dropped: each key is written after a reset mark, with no references back to earlier keys. */
    private static final class KeyStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final ObjectOutputStream objects;

        KeyStream() {
            try {
                objects = new ObjectOutputStream(bytes);
                objects.flush();
            } catch (IOException inMemory) {
                throw new IllegalStateException(inMemory);
            }
        }

        byte[] serialize(Object value) throws IOException {
            bytes.reset();
            objects.reset();
            objects.writeObject(value);
            objects.flush();
            return bytes.toByteArray();
        }
    }
}
