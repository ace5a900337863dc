package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.audit.HashChain;
import io.plantrail.change.StoredEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Stored events are a contract: a plan's log written by the build of 2026-12-01 (one event of
 * every type, a whole chain) must still load and still verify. A change to an event's shape that
 * old events cannot follow fails here, and needs an upcaster.
 */
class StoredEventsGoldenTest {

    private static final String GOLDEN = "/golden/stored-events-2026-12-01.ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Serializer serializer = new AxonStoreConfiguration().eventSerializer();

    @Test
    void everyEventTypeAsStoredThenStillLoadsIntoItsType() throws Exception {
        Set<Class<?>> loaded = new HashSet<>();
        for (Document stored : golden()) {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(stored.getString("serializedPayload"), String.class,
                    stored.getString("payloadType"), stored.getString("payloadRevision")));
            assertThat(payload.getClass().getName()).as("stored before names, under the class name").isEqualTo(stored.getString("payloadType"));
            String again = serializer.serialize(payload, String.class).getData();
            assertKeeps(JSON.readTree(stored.getString("serializedPayload")), JSON.readTree(again), stored.getString("payloadType"));
            assertThat(planIdOf(payload)).as(stored.getString("payloadType")).isEqualTo(stored.getString("aggregateIdentifier"));
            loaded.add(payload.getClass());
        }
        assertThat(loaded).as("the golden log holds an event of every type the plan is rebuilt from").containsAll(eventTypes());
    }

    @Test
    void everyEventTypeIsStoredUnderItsOwnNameAndRevisionAndReadBackByIt() throws Exception {
        for (Document stored : golden()) {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(stored.getString("serializedPayload"), String.class,
                    stored.getString("payloadType"), stored.getString("payloadRevision")));
            SerializedObject<String> now = serializer.serialize(payload, String.class);

            assertThat(now.getType().getName()).isEqualTo(payload.getClass().getAnnotation(StoredEvent.class).value())
                    .doesNotContain(".");
            assertThat(now.getType().getRevision()).isEqualTo("1");
            assertThat((Object) serializer.deserialize(now)).isEqualTo(payload);
        }
        assertThat(eventTypes()).allMatch(type -> type.isAnnotationPresent(StoredEvent.class));
        assertThat(eventTypes().stream().map(type -> type.getAnnotation(StoredEvent.class).value()).distinct())
                .hasSameSizeAs(eventTypes());
    }

    @Test
    void theGoldenLogStillVerifiesLinkByLink() throws IOException {
        String previous = HashChain.GENESIS;
        for (Document stored : golden()) {
            Map<String, Object> metaData = Document.parse(stored.getString("serializedMetaData"));
            String recomputed = HashChain.hash(previous, new HashChain.StoredEvent(stored.getString("eventIdentifier"),
                    stored.getString("aggregateIdentifier"), ((Number) stored.get("sequenceNumber")).longValue(),
                    stored.getString("timestamp"), stored.getString("payloadType"), stored.getString("payloadRevision"),
                    stored.getString("serializedPayload"), metaData));
            assertThat(recomputed).as("event " + stored.get("sequenceNumber")).isEqualTo(metaData.get(HashChain.HASH));
            previous = recomputed;
        }
    }

    /** Every field stored then comes back with its value: a renamed or dropped field would be lost silently. */
    private static void assertKeeps(JsonNode stored, JsonNode loaded, String path) {
        if (stored.isObject()) {
            stored.fieldNames().forEachRemaining(field -> {
                assertThat(loaded.has(field)).as(path + "." + field + " is read back").isTrue();
                assertKeeps(stored.get(field), loaded.get(field), path + "." + field);
            });
        } else if (stored.isArray()) {
            assertThat(loaded.size()).as(path).isEqualTo(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                assertKeeps(stored.get(i), loaded.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(loaded.asText()).as(path).isEqualTo(stored.asText());
        }
    }

    private static List<Document> golden() throws IOException {
        try (InputStream in = StoredEventsGoldenTest.class.getResourceAsStream(GOLDEN)) {
            List<Document> events = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> events.add(Document.parse(line)));
            return events;
        }
    }

    /** Every event type the plan aggregate and its members are rebuilt from. */
    private static Set<Class<?>> eventTypes() throws ClassNotFoundException {
        Class<?> plan = Class.forName("io.plantrail.plan.Plan"); // package-private, as an aggregate should be
        Set<Class<?>> types = new HashSet<>();
        List<Class<?>> parts = new ArrayList<>(List.of(plan));
        for (Field field : plan.getDeclaredFields()) {
            if (field.isAnnotationPresent(AggregateMember.class)) {
                parts.add(field.getType());
            }
        }
        for (Class<?> part : parts) {
            for (Method method : part.getDeclaredMethods()) {
                if (method.isAnnotationPresent(EventSourcingHandler.class) && method.getParameterTypes()[0] != Object.class) {
                    types.add(method.getParameterTypes()[0]);
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(30);
        return types;
    }

    private static Object planIdOf(Object payload) throws ReflectiveOperationException {
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("planId")) {
                return component.getAccessor().invoke(payload);
            }
        }
        return null;
    }
}
