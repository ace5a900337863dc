package io.plantrail.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * An index key as the BSON of the document {"0": first value, "1": second, …}, written straight
 * from the key by the wire server's own encoder, value by value, as it writes that document. Every
 * commit writes each index page it touched whole, every key in it; building a document for each
 * key was most of what a commit allocated.
 */
final class KeyBson {

    private KeyBson() {
    }

    static void write(KeyValue key, ByteBuf bson) {
        int start = bson.writerIndex();
        bson.writeIntLE(0);
        for (int i = 0; i < key.size(); i++) {
            Object value = key.get(i);
            byte type = BsonEncoder.determineType(value);
            bson.writeByte(type).writeBytes(Integer.toString(i).getBytes(StandardCharsets.US_ASCII)).writeByte(0);
            BsonEncoder.encodeValue(type, value, bson);
        }
        bson.writeByte(0);
        bson.setIntLE(start, bson.writerIndex() - start);
    }
}
