import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * The limit for a rebuild: every document of the event log read once, in one pass, with nothing
 * done to it. {@code java -cp <driver jars> bench/RawScan.java URI}
 */
public class RawScan {
    public static void main(String[] args) {
        try (MongoClient client = MongoClients.create(args[0])) {
            long started = System.nanoTime();
            long events = 0;
            long bytes = 0;
            for (Document event : client.getDatabase("plantrail").getCollection("domainevents").find().batchSize(1000)) {
                events++;
                bytes += event.getString("serializedPayload").length();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Raw scan: %d events (%d payload chars) in %.1f s, %.0f a second%n", events, bytes, seconds, events / seconds);
        }
    }
}
