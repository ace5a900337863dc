package io.plantrail.api;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a query asks only about fixed points of a plan's past: a draft or a version by number.
 * Such an answer can never change (the log only grows), so it may be computed once and kept by
 * caches. A time, a draft by its date, "now", a history page or anything else is not fixed; nor
 * is a mutation. The decision is made from the question alone, before it is answered.
 */
final class PinnedQuery {

    /** Root fields answered wholly from the plan as at their point, and the arguments that name it. */
    private static final Map<String, List<String>> POINT_ARGUMENTS = Map.of(
            "plan", List.of("asAt"),
            "completeness", List.of("asAt"),
            "budgetChecks", List.of("asAt"),
            "planDiff", List.of("from", "to"));
    private static final Set<String> PIN_FIELDS = Set.of("draft", "version");

    private PinnedQuery() {
    }

    static boolean isPinned(String query, String operationName, Map<String, Object> variables) {
        return QueryOverGet.operation(query, operationName)
                .filter(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
                .map(operation -> allRootFieldsPinned(operation, variables == null ? Map.of() : variables))
                .orElse(false);
    }

    private static boolean allRootFieldsPinned(OperationDefinition operation, Map<String, Object> variables) {
        List<Selection> roots = operation.getSelectionSet().getSelections();
        return roots.stream().allMatch(root -> root instanceof Field field && pinned(field, variables))
                && roots.stream().anyMatch(root -> !((Field) root).getName().equals("__typename"));
    }

    private static boolean pinned(Field field, Map<String, Object> variables) {
        if (field.getName().equals("__typename")) {
            return true;
        }
        List<String> points = POINT_ARGUMENTS.get(field.getName());
        return points != null && points.stream().allMatch(name -> pinsAPoint(argument(field, name), variables));
    }

    private static Value<?> argument(Field field, String name) {
        return field.getArguments().stream().filter(argument -> argument.getName().equals(name))
                .map(Argument::getValue).findFirst().orElse(null);
    }

    /** {draft: 2} or {version: 140}, written out or in a variable; exactly one of them. */
    private static boolean pinsAPoint(Value<?> asAt, Map<String, Object> variables) {
        if (asAt instanceof VariableReference reference) {
            return variables.get(reference.getName()) instanceof Map<?, ?> given && pinsAPoint(given);
        }
        if (asAt instanceof ObjectValue object) {
            List<ObjectField> fields = object.getObjectFields();
            return fields.size() == 1 && PIN_FIELDS.contains(fields.get(0).getName())
                    && (fields.get(0).getValue() instanceof IntValue
                        || fields.get(0).getValue() instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number);
        }
        return false;
    }

    private static boolean pinsAPoint(Map<?, ?> asAt) {
        List<?> given = asAt.entrySet().stream().filter(entry -> entry.getValue() != null).map(Map.Entry::getKey).toList();
        return given.size() == 1 && PIN_FIELDS.contains(given.get(0)) && asAt.get(given.get(0)) instanceof Number;
    }
}
