package io.plantrail.store;

import io.plantrail.change.StoredEvent;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Stores each event under its {@link StoredEvent} name and revision instead of its Java class
 * name, and reads both: the names, and the class names that events stored before carry. The
 * payload itself is written and read by the serializer it wraps (Jackson).
 */
final class StableEventNames implements Serializer {

    private final Serializer json;
    private final Map<String, Class<?>> byStoredName = new HashMap<>();

    StableEventNames(Serializer json, String basePackage) {
        this.json = json;
        for (Class<?> event : annotatedEvents(basePackage)) {
            String name = event.getAnnotation(StoredEvent.class).value();
            Class<?> taken = byStoredName.put(name, event);
            if (taken != null) {
                throw new IllegalStateException(event + " and " + taken + " are both stored as " + name);
            }
            byStoredName.put(event.getName(), event);
            byStoredName.put(nameBeforeEventsPackages(event), event);
        }
    }

    /**
     * Events lived in their feature's package until they moved to its {@code events} package
     * (io.plantrail.plan.OutcomeRevised, now io.plantrail.plan.events.OutcomeRevised): events
     * stored under the old class name are read by the class that moved.
     */
    private static String nameBeforeEventsPackages(Class<?> event) {
        return event.getName().replace(".events.", ".");
    }

    int knownEvents() {
        return (int) byStoredName.values().stream().distinct().count();
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = json.serialize(object, expectedRepresentation);
        return new SimpleSerializedObject<>(serialized.getData(), serialized.getContentType(),
                typeForClass(object == null ? Void.class : object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        Class<?> event = byStoredName.get(serialized.getType().getName());
        if (event == null) {
            return json.deserialize(serialized);
        }
        return json.deserialize(new SimpleSerializedObject<>(serialized.getData(), serialized.getContentType(),
                event.getName(), serialized.getType().getRevision()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> event = byStoredName.get(type.getName());
        return event != null ? event : json.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        StoredEvent stored = type == null ? null : (StoredEvent) type.getAnnotation(StoredEvent.class);
        return stored == null ? json.typeForClass(type) : new SimpleSerializedType(stored.value(), String.valueOf(stored.revision()));
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }

    private static Iterable<Class<?>> annotatedEvents(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(StoredEvent.class));
        return scanner.findCandidateComponents(basePackage).stream().map(StableEventNames::load).toList();
    }

    private static Class<?> load(BeanDefinition definition) {
        return ClassUtils.resolveClassName(definition.getBeanClassName(), StableEventNames.class.getClassLoader());
    }
}
