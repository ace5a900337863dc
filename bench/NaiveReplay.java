import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * The naive way to answer "the plan as at version V", the baseline for as-at reads: read the plan's
 * events up to V from the log and fold them into a state (each entity's details as added and
 * revised, dropped when removed). No business rule runs, so a real replay costs at least this.
 * {@code java -cp <driver jars> bench/NaiveReplay.java URI PLAN RUNS VERSION...}
 */
public class NaiveReplay {

    public static void main(String[] args) {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoCollection<Document> log = client.getDatabase("plantrail").getCollection("domainevents");
            int runs = Integer.parseInt(args[2]);
            fold(log, args[1], Long.parseLong(args[3])); // warm-up: the connection and the JIT, not measured
            for (int i = 3; i < args.length; i++) {
                long version = Long.parseLong(args[i]);
                StringBuilder line = new StringBuilder("as at version " + version + ": ");
                for (int run = 0; run < runs; run++) {
                    long started = System.nanoTime();
                    int entities = fold(log, args[1], version).size();
                    line.append(String.format("%.1f ms (%d entities) ", (System.nanoTime() - started) / 1e6, entities));
                }
                System.out.println(line.toString().trim());
            }
        }
    }

    private static Map<String, Document> fold(MongoCollection<Document> log, String planId, long version) {
        Map<String, Document> state = new HashMap<>();
        for (Document event : log.find(Filters.and(Filters.eq("aggregateIdentifier", planId),
                Filters.lt("sequenceNumber", version))).sort(Sorts.ascending("sequenceNumber")).batchSize(1000)) {
            Document payload = Document.parse(event.getString("serializedPayload"));
            String entity = entityOf(payload);
            if (event.getString("payloadType").endsWith("Removed")) {
                state.remove(entity);
            } else if (payload.get("details") instanceof Document details) {
                state.computeIfAbsent(entity, id -> new Document()).putAll(details);
            }
        }
        return state;
    }

    /** The entity an event is about: its first id other than the plan's. */
    private static String entityOf(Document payload) {
        return payload.keySet().stream().filter(key -> key.endsWith("Id") && !key.equals("planId")).findFirst()
                .map(payload::getString).orElse(payload.getString("planId"));
    }
}
