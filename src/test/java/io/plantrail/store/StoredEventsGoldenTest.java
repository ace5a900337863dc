package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.audit.HashChain;
import io.plantrail.change.StoredEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Stored events are a contract: the logs written by earlier builds must still load, through the
 * upcasters, and still verify. One holds an event of every type there was, stored under class names
 * before events had names; one is the Harrow import to Draft 1, stored under names at revision 1;
 * one holds each type added since (the monitoring's) as first stored.
 * A change to an event's shape that old events cannot follow fails here, and needs an upcaster.
 */
class StoredEventsGoldenTest {

    private static final String UNDER_CLASS_NAMES = "/golden/stored-events-2026-12-01.ndjson";
    private static final String UNDER_NAMES_AT_REVISION_1 = "/golden/stored-events-named-r1-2026-12-01.ndjson";
    /** The event types added since: the monitoring's, the scrutiny committee's and the spending's, each as first stored. */
    private static final String MONITORING = "/golden/stored-events-monitoring-2026-12-06.ndjson";
    private static final String SCRUTINY = "/golden/stored-events-scrutiny-2026-12-06.ndjson";
    private static final String SPENDING = "/golden/stored-events-spending-2026-12-06.ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Serializer serializer = new AxonStoreConfiguration().eventSerializer();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(upcaster("io.plantrail.plan.PlanStartedCouncilNamed"));

    @ParameterizedTest
    @ValueSource(strings = {UNDER_CLASS_NAMES, UNDER_NAMES_AT_REVISION_1, MONITORING, SCRUTINY, SPENDING})
    void everyEventAsStoredThenStillLoadsIntoItsTypeWithEveryFieldItHad(String golden) throws Exception {
        Set<Class<?>> loaded = new HashSet<>();
        for (Document stored : golden(golden)) {
            IntermediateEventRepresentation read = upcast(stored);
            Object payload = serializer.deserialize(read.getData());
            String again = serializer.serialize(payload, String.class).getData();
            assertKeeps(JSON.readTree(read.getData(String.class).getData()), JSON.readTree(again), stored.getString("payloadType"));
            assertThat(planIdOf(payload)).as(stored.getString("payloadType")).isEqualTo(stored.getString("aggregateIdentifier"));
            loaded.add(payload.getClass());
        }
    }

    @Test
    void everyEventTypeThePlanIsRebuiltFromHasAStoredExample() throws Exception {
        Set<Class<?>> stored = new HashSet<>();
        for (String golden : List.of(UNDER_CLASS_NAMES, MONITORING, SCRUTINY, SPENDING)) {
            for (Document event : golden(golden)) {
                stored.add(serializer.deserialize(upcast(event).getData()).getClass());
            }
        }
        assertThat(stored).as("the golden logs hold an event of every type the plan is rebuilt from").containsAll(eventTypes());
    }

    @Test
    void theCouncilOfAPlanStartedBeforeRevision2IsReadAsItsCouncilName() throws Exception {
        for (String golden : List.of(UNDER_CLASS_NAMES, UNDER_NAMES_AT_REVISION_1)) {
            Document started = golden(golden).get(0);
            assertThat(started.getString("serializedPayload")).contains("\"council\":\"Harrow Council\"");
            IntermediateEventRepresentation read = upcast(started);
            assertThat(read.getType().getRevision()).isEqualTo("2");
            assertThat(serializer.deserialize(read.getData()).toString()).contains("councilName=Harrow Council");
        }
    }

    @Test
    void everyEventTypeIsStoredUnderItsOwnNameAndRevisionAndReadBackByIt() throws Exception {
        for (Document stored : golden(UNDER_CLASS_NAMES)) {
            Object payload = serializer.deserialize(upcast(stored).getData());
            SerializedObject<String> now = serializer.serialize(payload, String.class);

            StoredEvent declared = payload.getClass().getAnnotation(StoredEvent.class);
            assertThat(now.getType().getName()).isEqualTo(declared.value()).doesNotContain(".");
            assertThat(now.getType().getRevision()).isEqualTo(String.valueOf(declared.revision()));
            assertThat((Object) serializer.deserialize(now)).isEqualTo(payload);
        }
        assertThat(eventTypes()).allMatch(type -> type.isAnnotationPresent(StoredEvent.class));
        assertThat(eventTypes().stream().map(type -> type.getAnnotation(StoredEvent.class).value()).distinct())
                .hasSameSizeAs(eventTypes());
    }

    @ParameterizedTest
    @ValueSource(strings = {UNDER_CLASS_NAMES, UNDER_NAMES_AT_REVISION_1, MONITORING, SCRUTINY, SPENDING})
    void theGoldenLogStillVerifiesLinkByLink(String golden) throws IOException {
        String previous = HashChain.GENESIS;
        for (Document stored : golden(golden)) {
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

    /** The event as Axon reads it from the store: through the upcasters. */
    private IntermediateEventRepresentation upcast(Document stored) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>(stored.getString("type"),
                stored.getString("aggregateIdentifier"), ((Number) stored.get("sequenceNumber")).longValue(),
                stored.getString("eventIdentifier"), stored.getString("timestamp"), stored.getString("payloadType"),
                stored.getString("payloadRevision"), stored.getString("serializedPayload"), stored.getString("serializedMetaData"));
        return upcasters.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
    }

    private static EventUpcaster upcaster(String className) {
        try {
            Constructor<?> constructor = Class.forName(className).getDeclaredConstructor();
            constructor.setAccessible(true); // package-private in its feature, as Spring finds it
            return (EventUpcaster) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Document> golden(String file) throws IOException {
        try (InputStream in = StoredEventsGoldenTest.class.getResourceAsStream(file)) {
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
