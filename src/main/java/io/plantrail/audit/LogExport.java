package io.plantrail.audit;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

/**
 * A plan's log exactly as stored, one event per line, hashes included: an auditor can keep it
 * and recompute the chain with their own tools.
 */
@Component
public class LogExport {

    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final MongoCollection<Document> events;

    LogExport(MongoDatabase database) {
        this.events = database.getCollection("domainevents");
    }

    /** Every plan the log holds. */
    public List<String> planIds() {
        return events.distinct("aggregateIdentifier", String.class).into(new ArrayList<>()).stream().sorted().toList();
    }

    public boolean hasPlan(String planId) {
        return events.find(eq("aggregateIdentifier", planId)).limit(1).first() != null;
    }

    public void write(String planId, OutputStream out) throws IOException {
        for (Document stored : events.find(eq("aggregateIdentifier", planId)).sort(Sorts.ascending("sequenceNumber"))) {
            stored.remove("_id");
            out.write((stored.toJson(EXACT) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
