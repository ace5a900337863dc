package io.plantrail.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An index key of plain values as the BSON of the document {"0": first value, "1": second, …},
 * byte for byte what the wire server's encoder writes for that document, written straight from
 * the key. Every commit writes each index page it touched whole, every key in it; building a
 * document and a buffer for each key was most of what a commit allocated.
 */
final class KeyBson {

    private static final byte DOUBLE = 0x01;
    private static final byte STRING = 0x02;
    private static final byte OBJECT_ID = 0x07;
    private static final byte BOOLEAN = 0x08;
    private static final byte NULL = 0x0A;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;
    private static final int OBJECT_ID_BYTES = 12;

    private KeyBson() {
    }

    /** Only for keys whose values are all null, String, Integer, Long, Double, Boolean or ObjectId. */
    static byte[] of(KeyValue key) {
        byte[] types = new byte[key.size()];
        byte[][] strings = new byte[key.size()][];
        int length = Integer.BYTES + 1;
        for (int i = 0; i < key.size(); i++) {
            Object value = key.get(i);
            types[i] = type(value);
            if (value instanceof String text) {
                strings[i] = text.getBytes(StandardCharsets.UTF_8);
            }
            length += 1 + name(i).length + 1 + valueBytes(types[i], strings[i]);
        }
        ByteBuffer bson = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        bson.putInt(length);
        for (int i = 0; i < key.size(); i++) {
            bson.put(types[i]).put(name(i)).put((byte) 0);
            putValue(bson, key.get(i), strings[i]);
        }
        return bson.put((byte) 0).array();
    }

    private static byte[] name(int index) {
        return Integer.toString(index).getBytes(StandardCharsets.US_ASCII);
    }

    private static int valueBytes(byte type, byte[] utf8) {
        switch (type) {
            case NULL:
                return 0;
            case STRING:
                return Integer.BYTES + utf8.length + 1;
            case INT32:
                return Integer.BYTES;
            case BOOLEAN:
                return 1;
            case OBJECT_ID:
                return OBJECT_ID_BYTES;
            default:
                return Long.BYTES;
        }
    }

    private static byte type(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Integer) {
            return INT32;
        }
        if (value instanceof Long) {
            return INT64;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof ObjectId) {
            return OBJECT_ID;
        }
        throw new IllegalArgumentException("Not a plain key value: " + value.getClass().getName());
    }

    private static void putValue(ByteBuffer bson, Object value, byte[] utf8) {
        if (value instanceof String) {
            bson.putInt(utf8.length + 1).put(utf8).put((byte) 0);
        } else if (value instanceof Integer number) {
            bson.putInt(number);
        } else if (value instanceof Long number) {
            bson.putLong(number);
        } else if (value instanceof Double number) {
            bson.putLong(Double.doubleToRawLongBits(number));
        } else if (value instanceof Boolean flag) {
            bson.put((byte) (flag ? 1 : 0));
        } else if (value instanceof ObjectId id) {
            bson.put(id.toByteArray());
        }
    }
}
