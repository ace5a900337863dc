import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The limit for writes: the plan's own event documents inserted again into the same store's event
 * log, one at a time as Axon appends them (its unique index on plan and sequence number kept), each
 * journaled before the next, by 1 and by 8 writers at once; no rule, no projection, no HTTP.
 * {@code java -cp <driver jars> bench/RawInsert.java URI SECONDS}
 */
public class RawInsert {

    public static void main(String[] args) throws InterruptedException {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoCollection<Document> log = client.getDatabase("plantrail").getCollection("domainevents")
                    .withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(true));
            List<Document> samples = log.find().sort(new Document("timestamp", -1)).limit(500).into(new ArrayList<>());
            int seconds = Integer.parseInt(args[1]);
            for (int writers : new int[] {1, 8}) {
                for (int run = 1; run <= 3; run++) {
                    System.out.printf("%d writer(s), run %d: %.1f events/s%n", writers, run,
                            rate(log, samples, writers, seconds, "raw-" + writers + "-" + run));
                }
            }
        }
    }

    private static double rate(MongoCollection<Document> log, List<Document> samples, int writers, int seconds,
                               String stream) throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread writer = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long next = sequence.getAndIncrement();
                    Document event = new Document(samples.get((int) (next % samples.size())));
                    event.remove("_id");
                    event.put("aggregateIdentifier", stream);
                    event.put("sequenceNumber", next);
                    event.put("eventIdentifier", stream + "-" + next);
                    log.insertOne(event);
                }
            });
            threads.add(writer);
            writer.start();
        }
        long started = System.nanoTime();
        for (Thread writer : threads) {
            writer.join();
        }
        return sequence.get() / ((System.nanoTime() - started) / 1e9);
    }
}
