package io.plantrail.store;

import org.h2.mvstore.type.ObjectDataType;

/**
 * The Java-serialized form of the index keys compared most. H2 orders values it has no type of its
 * own for (the wire server's index keys) by these bytes, and serializes both keys afresh for every
 * comparison: some 17 comparisons for one lookup in a large index, about a fifth of the CPU of
 * reading the plan as at a version. Each slot holds the last key whose identity hash fell there, so
 * the memory is bounded and a key that lost its slot is only serialized again.
 */
final class SerializedForms {

    private record Form(Object value, byte[] bytes) {
    }

    private final Form[] slots;

    /** {@code slots} must be a power of two. */
    SerializedForms(int slots) {
        this.slots = new Form[slots];
    }

    /** The same bytes as {@link ObjectDataType#serialize}; a slot read racing a write only misses. */
    byte[] of(Object value) {
        int slot = System.identityHashCode(value) & (slots.length - 1);
        Form form = slots[slot];
        if (form == null || form.value() != value) {
            form = new Form(value, ObjectDataType.serialize(value));
            slots[slot] = form;
        }
        return form.bytes();
    }
}
