package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The fields a revision empties: those its input sends as null. A field left out of the input
 * stays as it is; {@code {achievements: null}} clears it. GraphQL keeps the difference; the input
 * record, where both are null, does not.
 */
final class ClearedFields {

    private ClearedFields() {
    }

    static SortedSet<String> of(DataFetchingEnvironment environment) {
        SortedSet<String> cleared = new TreeSet<>();
        if (environment.getArgument("input") instanceof Map<?, ?> input) {
            input.forEach((field, value) -> {
                if (value == null) {
                    cleared.add(String.valueOf(field));
                }
            });
        }
        return cleared;
    }
}
