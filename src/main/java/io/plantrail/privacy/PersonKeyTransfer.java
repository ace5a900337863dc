package io.plantrail.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

/**
 * The person keys, one per line, carried from one store to another with the plans' logs: without
 * them every contact in the moved logs would read as erased. They stay wrapped under the master
 * key, so the new store must be started with the same master key file.
 */
@Component
public class PersonKeyTransfer {

    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final PersonKeys keys;

    PersonKeyTransfer(PersonKeys keys) {
        this.keys = keys;
    }

    public int write(OutputStream out) throws IOException {
        List<Document> wrapped = keys.wrapped();
        for (Document key : wrapped) {
            out.write((key.toJson(EXACT) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return wrapped.size();
    }

    /** The keys not already in the store are added; each is checked against the master key file first. */
    public int restore(List<String> lines) {
        List<Document> wrapped = lines.stream().filter(line -> !line.isBlank()).map(Document::parse).toList();
        wrapped.forEach(keys::check);
        return (int) wrapped.stream().filter(keys::restore).count();
    }
}
