package io.plantrail.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded file store writes documents, ids and index keys: as BSON (documents of 512
 * bytes or more deflated), not as H2's default Java serialization, which took about 2.2 KB per
 * event document, 240 bytes per index key, and half the CPU of each commit. Values are still
 * compared as H2 compares them, so the order of keys already in a file does not change, and
 * values written in the old form are still read: each value starts with a tag byte, and these
 * tags are ones H2's own type never writes.
 */
final class CompactStoredValues extends ObjectDataType {

    private static final byte DOCUMENT = (byte) 0xD0;
    private static final byte DEFLATED_DOCUMENT = (byte) 0xD1;
    private static final byte OBJECT_ID = (byte) 0xD2;
    private static final byte KEY_VALUE = (byte) 0xD3;
    private static final int DEFLATE_FROM_BYTES = 512;
    private static final int OBJECT_ID_BYTES = 12;
    private static final int ESTIMATED_KEY_MEMORY = 96;
    private static final int KEY_BYTES = 64;
    private static final int DOCUMENT_BYTES = 256;

    private static final int SERIALIZED_FORMS_KEPT = 1 << 15;

    private final SerializedForms serializedForms = new SerializedForms(SERIALIZED_FORMS_KEPT);
    private volatile int lastDocumentBytes = 1024;

    /** Index keys in H2's own order (their serialized bytes), each key's bytes computed once while it is compared often. */
    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue && a != b) {
            return compareNotNull(serializedForms.of(a), serializedForms.of(b));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
            return;
        }
        if (value instanceof KeyValue key && ofPlainValues(key)) {
            byte[] bson = encoded(KEY_BYTES, bytes -> KeyBson.write(key, bytes));
            buffer.put(KEY_VALUE).putVarInt(bson.length).put(bson);
            return;
        }
        byte[] bson = value instanceof Document document ? bsonOrNull(document) : null;
        if (bson == null) {
            super.write(buffer, value);
        } else {
            writeDocument(buffer, bson);
        }
    }

    private void writeDocument(WriteBuffer buffer, byte[] bson) {
        lastDocumentBytes = bson.length;
        if (bson.length < DEFLATE_FROM_BYTES) {
            buffer.put(DOCUMENT).putVarInt(bson.length).put(bson);
            return;
        }
        byte[] deflated = deflate(bson);
        buffer.put(DEFLATED_DOCUMENT).putVarInt(bson.length).putVarInt(deflated.length).put(deflated);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get(buffer.position());
        if (tag != DOCUMENT && tag != DEFLATED_DOCUMENT && tag != OBJECT_ID && tag != KEY_VALUE) {
            return super.read(buffer);
        }
        buffer.get();
        return switch (tag) {
            case OBJECT_ID -> new ObjectId(bytes(buffer, OBJECT_ID_BYTES));
            case KEY_VALUE -> keyValue(decode(bytes(buffer, DataUtils.readVarInt(buffer))));
            case DOCUMENT -> decode(bytes(buffer, DataUtils.readVarInt(buffer)));
            default -> {
                int length = DataUtils.readVarInt(buffer);
                yield decode(inflate(bytes(buffer, DataUtils.readVarInt(buffer)), length));
            }
        };
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof Document) {
            return 2 * lastDocumentBytes;
        }
        if (value instanceof ObjectId || value instanceof KeyValue) {
            return ESTIMATED_KEY_MEMORY;
        }
        return super.getMemory(value);
    }

    /** A document as BSON; null where BSON cannot hold it (H2's own form then). */
    private static byte[] bsonOrNull(Document document) {
        try {
            return encoded(DOCUMENT_BYTES, bytes -> BsonEncoder.encodeDocument(document, bytes));
        } catch (RuntimeException notBson) {
            return null;
        }
    }

    /** What an encoding writes, as bytes. */
    static byte[] encoded(int expectedBytes, Consumer<ByteBuf> encoding) {
        ByteBuf buffer = Unpooled.buffer(expectedBytes);
        try {
            encoding.accept(buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }

    /** Only keys of these types: their order is H2's comparison of the key's serialized Java form. */
    private static boolean ofPlainValues(KeyValue key) {
        for (Object value : key) {
            if (!(value == null || value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean || value instanceof ObjectId)) {
                return false;
            }
        }
        return true;
    }

    private static KeyValue keyValue(Document document) {
        return new KeyValue(new ArrayList<>(document.values()));
    }

    private static Document decode(byte[] bson) {
        ByteBuf buffer = Unpooled.wrappedBuffer(bson);
        try {
            return BsonDecoder.decodeBson(buffer);
        } finally {
            buffer.release();
        }
    }

    private static byte[] bytes(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(bytes.length / 2);
            byte[] part = new byte[4096];
            while (!deflater.finished()) {
                deflated.write(part, 0, deflater.deflate(part));
            }
            return deflated.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] bytes = new byte[length];
            if (inflater.inflate(bytes) != length || !inflater.finished()) {
                throw new IllegalStateException("A stored document does not inflate to its recorded length");
            }
            return bytes;
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored document cannot be inflated", e);
        } finally {
            inflater.end();
        }
    }
}
