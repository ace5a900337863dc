package io.plantrail.api;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a query asks only about fixed points of a plan's past: a draft or a version by number.
 * Such an answer can never change (the log only grows), so it may be computed once and kept by
 * caches. A time, a draft by its date, a history page or anything else is not fixed; nor is a
 * mutation. A question about named plans as they stand now is fixed for as long as their
 * versions are ({@link #plansAnswerDependsOn}). The decision is made from the question alone, before it
 * is answered.
 */
final class PinnedQuery {

    /** Root fields answered wholly from the plan as at their point, and the arguments that name it. */
    private static final Map<String, List<String>> POINT_ARGUMENTS = Map.of(
            "plan", List.of("asAt"),
            "completeness", List.of("asAt"),
            "budgetChecks", List.of("asAt"),
            "planDiff", List.of("from", "to"));
    private static final Set<String> PIN_FIELDS = Set.of("draft", "version");
    /** The argument of each root field that names its plan. */
    private static final Map<String, String> PLAN_ARGUMENT = Map.of("plan", "id", "completeness", "planId",
            "budgetChecks", "planId", "planDiff", "planId");

    private PinnedQuery() {
    }

    /**
     * The plans whose versions a question's answer depends on, from the operation it asks to run:
     * none when it is pinned (its answer never changes); the plans it reads as they stand now when
     * every root field reads one named plan, now or at a fixed point. Empty when the answer depends
     * on anything else, and may not be kept.
     */
    static Optional<Set<String>> plansAnswerDependsOn(Optional<OperationDefinition> operationAsked,
                                                      Map<String, Object> variables) {
        Map<String, Object> given = variables == null ? Map.of() : variables;
        return operationAsked
                .filter(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
                .flatMap(operation -> allRootFieldsPinned(operation, given) ? Optional.of(Set.<String>of())
                        : plansReadNow(operation, given));
    }

    private static Optional<Set<String>> plansReadNow(OperationDefinition operation, Map<String, Object> variables) {
        Set<String> plans = new TreeSet<>();
        boolean readsNow = false;
        for (Selection<?> root : operation.getSelectionSet().getSelections()) {
            if (!(root instanceof Field field)) {
                return Optional.empty();
            }
            if (field.getName().equals("__typename")) {
                continue;
            }
            List<String> points = POINT_ARGUMENTS.get(field.getName());
            String plan = points == null ? null : text(argument(field, PLAN_ARGUMENT.get(field.getName())), variables);
            if (plan == null || !points.stream().allMatch(name -> pinsAPoint(argument(field, name), variables)
                    || isNow(argument(field, name), variables))) {
                return Optional.empty();
            }
            plans.add(plan);
            readsNow |= points.stream().anyMatch(name -> isNow(argument(field, name), variables));
        }
        return readsNow ? Optional.of(plans) : Optional.empty();
    }

    /** A point left out, or given as null: the plan as it stands now. */
    private static boolean isNow(Value<?> point, Map<String, Object> variables) {
        return point == null || point instanceof NullValue
                || point instanceof VariableReference reference && variables.get(reference.getName()) == null;
    }

    private static String text(Value<?> value, Map<String, Object> variables) {
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        return value instanceof VariableReference reference && variables.get(reference.getName()) instanceof String text
                ? text : null;
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
