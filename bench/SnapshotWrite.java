import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * What storing a plan's snapshot costs in the two forms: its JSON as a string (axon-mongo's form)
 * and as bytes (plantrail's since session 13). The store's newest snapshot is written back, in
 * turn as each form, ROUNDS times; prints min / median / max ms of a replace for each, and the
 * client's CPU ms (the driver encoding it). {@code java -cp <driver jars> bench/SnapshotWrite.java URI ROUNDS}
 */
public class SnapshotWrite {

    public static void main(String[] args) {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoCollection<Document> snapshots = client.getDatabase("plantrail").getCollection("snapshotevents");
            Document newest = snapshots.find().sort(new Document("sequenceNumber", -1)).first();
            String json = newest.get("serializedPayload") instanceof Binary bytes
                    ? new String(bytes.getData(), StandardCharsets.UTF_8) : newest.getString("serializedPayload");
            Document asText = new Document(newest).append("serializedPayload", json);
            Document asBytes = new Document(newest).append("serializedPayload",
                    new Binary(json.getBytes(StandardCharsets.UTF_8)));
            System.out.printf("snapshot of %s at event %s: %,d characters%n", newest.get("aggregateIdentifier"),
                    newest.get("sequenceNumber"), json.length());
            List<Double> text = new ArrayList<>(), bytes = new ArrayList<>(), textCpu = new ArrayList<>(), bytesCpu = new ArrayList<>();
            int rounds = Integer.parseInt(args[1]);
            for (int round = 0; round < rounds; round++) {
                replace(snapshots, asText, text, textCpu);
                replace(snapshots, asBytes, bytes, bytesCpu);
            }
            report("as a string", text, textCpu);
            report("as bytes", bytes, bytesCpu);
        }
    }

    private static void replace(MongoCollection<Document> snapshots, Document snapshot, List<Double> times, List<Double> cpu) {
        var thread = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = thread.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        snapshots.replaceOne(new Document("aggregateIdentifier", snapshot.get("aggregateIdentifier")), snapshot,
                new ReplaceOptions().upsert(true));
        times.add((System.nanoTime() - t0) / 1e6);
        cpu.add((thread.getCurrentThreadCpuTime() - cpu0) / 1e6);
    }

    private static void report(String form, List<Double> times, List<Double> cpu) {
        Collections.sort(times);
        Collections.sort(cpu);
        System.out.printf("%-12s replace ms %.1f / %.1f / %.1f; client CPU ms %.1f / %.1f / %.1f%n", form,
                times.get(0), times.get(times.size() / 2), times.get(times.size() - 1),
                cpu.get(0), cpu.get(cpu.size() / 2), cpu.get(cpu.size() - 1));
    }
}
