package io.plantrail.graphql;

import io.plantrail.change.ChangeRejected;
import io.plantrail.readmodel.part.Outcome;
import io.plantrail.readmodel.part.PlanParts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Outcomes across the plan, by lead directorate, theme, priority and words in them. */
@Controller
class OutcomeSearch {

    private final PlanParts parts;

    OutcomeSearch(PlanParts parts) {
        this.parts = parts;
    }

    record OutcomeFilter(String leadDirectorate, String themeId, String priorityId, String search) {
    }

    @SchemaMapping(typeName = "Plan")
    List<Outcome> outcomes(PlanView plan, @Argument OutcomeFilter filter) {
        if (filter != null) {
            requireExisting(plan, filter.themeId(), "theme");
            requireExisting(plan, filter.priorityId(), "priority");
        }
        return parts.matching(plan.id(), Outcome.class, matching(filter), plan.version());
    }

    private void requireExisting(PlanView plan, String id, String kind) {
        if (id != null && !parts.has(plan.id(), id, plan.version())) {
            throw ChangeRejected.notFound("There is no " + kind + " '" + id + "' in plan '" + plan.id() + "'"
                    + " at version " + plan.version() + ".");
        }
    }

    private static Predicate<Outcome> matching(OutcomeFilter filter) {
        List<Predicate<Outcome>> conditions = new ArrayList<>();
        if (filter != null) {
            addIfGiven(conditions, filter.leadDirectorate(),
                    value -> found(Pattern.compile(word(value)), Outcome::leadDirectorate));
            addIfGiven(conditions, filter.themeId(),
                    value -> found(Pattern.compile("^" + Pattern.quote(value) + "-"), Outcome::priorityId));
            addIfGiven(conditions, filter.priorityId(), value -> outcome -> value.equals(outcome.priorityId()));
            addIfGiven(conditions, filter.search(), value -> found(
                    Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Outcome::title, Outcome::achievements, Outcome::actions));
        }
        return conditions.stream().reduce(outcome -> true, Predicate::and);
    }

    /** As MongoDB's $regex: a field matches if its text, or any text in its list, contains a match. */
    @SafeVarargs
    private static Predicate<Outcome> found(Pattern pattern, Function<Outcome, ?>... fields) {
        return outcome -> Stream.of(fields).map(field -> field.apply(outcome))
                .flatMap(value -> value instanceof List<?> list ? list.stream() : Stream.of(value))
                .anyMatch(value -> value instanceof String text && pattern.matcher(text).find());
    }

    /** "UL" matches "UL", "UL / PF" and "OD UL OD", but not "ULX". */
    private static String word(String value) {
        return "(^|[^A-Za-z])" + Pattern.quote(value.trim()) + "([^A-Za-z]|$)";
    }

    private static void addIfGiven(List<Predicate<Outcome>> conditions, String value,
                                   Function<String, Predicate<Outcome>> condition) {
        if (value != null && !value.isBlank()) {
            io.plantrail.change.Rules.requireWellFormed(value, "The filter");
            conditions.add(condition.apply(value));
        }
    }
}
