package io.plantrail.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import io.plantrail.audit.HashChain;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The event append alone, as a change makes it, against the raw insert ({@code bench/RawInsert.java})
 * on the same store: the plan's own latest events appended again through the engine the application
 * wires (its serializer, the integrity chain, axon-mongo), to one stream whose appends take turns as
 * a plan's do, each followed by the durable mark a change waits for; no rule, no projection, no HTTP.
 * Not a test: {@code bash bench/append_rate.sh DATA_DIR} runs it with the raw insert.
 */
public final class AppendRate {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final int SAMPLES = 500;

    public static void main(String[] args) throws InterruptedException {
        try (MongoClient client = MongoClients.create(args[0])) {
            int seconds = Integer.parseInt(args[1]);
            EventStorageEngine engine = engine(client);
            MongoCollection<Document> marks = client.getDatabase("plantrail").getCollection("durable_answers")
                    .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
            List<DomainEventMessage<?>> samples = latestEvents(client, engine);
            for (int writers : new int[] {1, 8}) {
                for (int run = 1; run <= 3; run++) {
                    System.out.printf("%d writer(s), run %d: %.1f events/s%n", writers, run,
                            rate(engine, marks, samples, writers, seconds, "append-" + writers + "-" + run));
                }
            }
        }
    }

    private static EventStorageEngine engine(MongoClient client) {
        AxonStoreConfiguration wiring = new AxonStoreConfiguration();
        StoreProperties embedded = new StoreProperties(null, "plantrail", null, null);
        return wiring.eventStorageEngine(wiring.axonMongoTemplate(client, embedded), wiring.eventSerializer(),
                new StaticListableBeanFactory().getBeanProvider(org.axonframework.serialization.upcasting.event.EventUpcaster.class),
                embedded);
    }

    private static List<DomainEventMessage<?>> latestEvents(MongoClient client, EventStorageEngine engine) {
        long last = client.getDatabase("plantrail").getCollection("domainevents")
                .find(Filters.eq("aggregateIdentifier", PLAN)).sort(new Document("sequenceNumber", -1)).limit(1)
                .first().getLong("sequenceNumber");
        List<DomainEventMessage<?>> samples = new ArrayList<>();
        engine.readEvents(PLAN, Math.max(0, last - SAMPLES + 1)).asStream().forEach(samples::add);
        return samples;
    }

    private static double rate(EventStorageEngine engine, MongoCollection<Document> marks, List<DomainEventMessage<?>> samples,
                               int writers, int seconds, String stream) throws InterruptedException {
        ReentrantLock planLock = new ReentrantLock();
        long[] next = {0};
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread writer = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    planLock.lock();
                    try {
                        DomainEventMessage<?> sample = samples.get((int) (next[0] % samples.size()));
                        engine.appendEvents(List.of(again(sample, stream, next[0])));
                        next[0]++;
                    } finally {
                        planLock.unlock();
                    }
                    marks.updateOne(Filters.eq("_id", "mark"), Updates.inc("count", 1L), new UpdateOptions().upsert(true));
                }
            });
            threads.add(writer);
            writer.start();
        }
        long started = System.nanoTime();
        for (Thread writer : threads) {
            writer.join();
        }
        return next[0] / ((System.nanoTime() - started) / 1e9);
    }

    private static DomainEventMessage<?> again(DomainEventMessage<?> sample, String stream, long sequence) {
        return new GenericDomainEventMessage<>(sample.getType(), stream, sequence, sample.getPayload(),
                sample.getMetaData().withoutKeys(Set.of(HashChain.HASH)), UUID.randomUUID().toString(), Instant.now());
    }

    private AppendRate() {
    }
}
