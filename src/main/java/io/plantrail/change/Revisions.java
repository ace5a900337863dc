package io.plantrail.change;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a partial revision to an entity's details. Both are the same record type; a null
 * component in the revision means "unchanged", unless the field is named as cleared: then it is
 * emptied (a list to [], anything else to null). Filling a field closes the gaps flagged on it,
 * unless the revision states the gaps itself; emptying one does not.
 */
public final class Revisions {

    private Revisions() {
    }

    public static <R extends Record> R merge(R current, R revision) {
        return merge(current, revision, Set.of());
    }

    public static <R extends Record> R merge(R current, R revision, Set<String> cleared) {
        RecordComponent[] components = current.getClass().getRecordComponents();
        requireFields(components, cleared);
        Object[] values = new Object[components.length];
        Set<String> changed = new HashSet<>();
        int gapsIndex = -1;
        for (int i = 0; i < components.length; i++) {
            Object old = read(components[i], current);
            Object revised = read(components[i], revision);
            values[i] = revised != null ? revised : cleared.contains(components[i].getName()) ? emptied(components[i]) : old;
            if (revised != null && !Objects.equals(old, revised)) {
                changed.add(components[i].getName());
            }
            if (components[i].getName().equals("gaps")) {
                gapsIndex = i;
            }
        }
        if (gapsIndex >= 0 && read(components[gapsIndex], revision) == null) {
            values[gapsIndex] = gapsStillOpen(values[gapsIndex], changed);
        }
        return construct(current, components, values);
    }

    private static Object emptied(RecordComponent component) {
        return List.class.isAssignableFrom(component.getType()) ? List.of() : null;
    }

    private static void requireFields(RecordComponent[] components, Set<String> cleared) {
        Set<String> unknown = new HashSet<>(cleared);
        for (RecordComponent component : components) {
            unknown.remove(component.getName());
        }
        if (!unknown.isEmpty()) {
            throw ChangeRejected.invalid("There is no field " + String.join(", ", unknown) + " to clear here.");
        }
    }

    /** The names of the fields whose values differ between two versions of an entity. */
    public static List<String> changedFields(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (!Objects.equals(read(component, before), read(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object gapsStillOpen(Object gaps, Set<String> changed) {
        if (gaps == null) {
            return null;
        }
        return ((List<?>) gaps).stream()
                .map(Gap.class::cast)
                .filter(gap -> !changed.contains(gap.fieldRoot()))
                .toList();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R construct(R template, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = template.getClass().getDeclaredConstructor(types);
            return (R) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot revise " + template.getClass().getSimpleName(), e);
        }
    }
}
