package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.plantrail.audit.ForwardingStorageEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events held in memory are answered exactly as the store would answer them: same events, order, tokens. */
class RecentEventsTest {

    private MongoServer server;
    private MongoClient client;
    private EventStorageEngine store;
    private RecentEvents recent;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().substring("mongodb://".length()));
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "events").build())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build();
        engine.ensureIndexes();
        store = engine;
        recent = new RecentEvents(engine);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void everyTokenOfTheStoreGetsTheSameAnswerFromMemory() throws InterruptedException {
        for (int batch = 0; batch < 12; batch++) {
            recent.appendEvents(List.of(event("plan-a", 2 * batch), event("plan-b", batch), event("plan-a", 2 * batch + 1)));
            Thread.sleep(batch % 3 == 0 ? 3 : 0); // some events share a millisecond, some do not
        }
        List<? extends TrackedEventMessage<?>> everything = store.readEvents(null, false).toList();
        assertThat(everything).hasSize(36);

        for (TrackedEventMessage<?> seen : everything) {
            TrackingToken token = seen.trackingToken();
            assertThat(described(recent.readEvents(token, false).toList()))
                    .as("after %s", seen.getIdentifier())
                    .isEqualTo(described(store.readEvents(token, false).toList()))
                    .isNotNull();
        }
    }

    @Test
    void eventsStoredOutOfTimeOrderAreAnsweredInTheStoresOrder() throws InterruptedException {
        List<GenericDomainEventMessage<?>> madeFirst = new ArrayList<>();
        for (int plan = 0; plan < 4; plan++) {
            madeFirst.add(event("plan-" + plan, 0));
            Thread.sleep(2);
        }
        for (int plan = 0; plan < 4; plan++) {
            recent.appendEvents(List.of(event("plan-" + plan, 1)));
        }
        madeFirst.forEach(event -> recent.appendEvents(List.of(event)));
        List<? extends TrackedEventMessage<?>> everything = store.readEvents(null, false).toList();
        assertThat(everything).hasSize(8);

        for (TrackedEventMessage<?> seen : everything) {
            assertThat(described(recent.readEvents(seen.trackingToken(), false).toList())).as("after %s", seen.getIdentifier())
                    .isEqualTo(described(store.readEvents(seen.trackingToken(), false).toList()));
        }
    }

    @Test
    void aTokenFromBeforeThisProcessStartedIsAnsweredByTheStore() {
        store.appendEvents(List.of(event("plan-a", 0)));
        RecentEvents afterARestart = new RecentEvents(store);
        afterARestart.appendEvents(List.of(event("plan-a", 1)));

        assertThat(described(afterARestart.readEvents(null, false).toList())).hasSize(2)
                .isEqualTo(described(store.readEvents(null, false).toList()));
    }

    @Test
    void aTokenTheStoreHadNothingAfterIsThenAnsweredFromMemoryAsTheStoreWould() {
        store.appendEvents(List.of(event("plan-a", 0)));
        TrackingToken beforeTheRestart = store.readEvents(null, false).toList().get(0).trackingToken();
        AtomicInteger storeReads = new AtomicInteger();
        RecentEvents afterARestart = new RecentEvents(new ForwardingStorageEngine(store) {
            @Override
            public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                storeReads.incrementAndGet();
                return super.readEvents(token, mayBlock);
            }
        });
        assertThat(afterARestart.readEvents(beforeTheRestart, false).toList()).as("nothing new yet").isEmpty();
        assertThat(storeReads).hasValue(1);

        afterARestart.appendEvents(List.of(event("plan-a", 1), event("plan-b", 0)));

        assertThat(described(afterARestart.readEvents(beforeTheRestart, false).toList())).hasSize(2)
                .isEqualTo(described(store.readEvents(beforeTheRestart, false).toList()));
        assertThat(storeReads).as("answered from memory").hasValue(1);
    }

    private static GenericDomainEventMessage<Map<String, Object>> event(String plan, long sequence) {
        return new GenericDomainEventMessage<>("Plan", plan, sequence, Map.of("note", plan + " " + sequence));
    }

    private static List<String> described(List<? extends TrackedEventMessage<?>> events) {
        List<String> described = new ArrayList<>();
        for (TrackedEventMessage<?> event : events) {
            described.add(event.getIdentifier() + " " + event.getTimestamp() + " " + event.trackingToken());
        }
        return described;
    }
}
