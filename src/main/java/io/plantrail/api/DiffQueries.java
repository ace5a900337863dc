package io.plantrail.api;

import io.plantrail.history.BudgetCheckChange;
import io.plantrail.history.BudgetChecks;
import io.plantrail.history.PlanDiff.EntityChange;
import io.plantrail.history.PlanDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What changed between two points of a plan, grouped by theme and priority and by budget table. */
@Controller
class DiffQueries {

    private final AsAtResolver asAtResolver;
    private final PlanDiff diff;
    private final FieldValues fieldValues;
    private final BudgetChecks checks;

    DiffQueries(AsAtResolver asAtResolver, PlanDiff diff, FieldValues fieldValues, BudgetChecks checks) {
        this.asAtResolver = asAtResolver;
        this.diff = diff;
        this.fieldValues = fieldValues;
        this.checks = checks;
    }

    record Summary(int added, int removed, int changed, int events) {
    }

    record Group(String themeId, String priorityId, String budgetTableId, List<Map<String, Object>> changes) {
    }

    record Diff(String planId, long from, long to, Summary summary, List<Group> groups, List<BudgetCheckChange> budgetChecks) {
    }

    @QueryMapping
    Diff planDiff(@Argument String planId, @Argument AsAt from, @Argument AsAt to) {
        PlanView now = asAtResolver.current(planId);
        long fromVersion = asAtResolver.versionOf(now, from);
        long toVersion = asAtResolver.versionOf(now, to);
        AsAtResolver.inOrder(fromVersion, toVersion);
        List<EntityChange> changes = diff.between(planId, fromVersion, toVersion);
        return new Diff(planId, fromVersion, toVersion, summary(changes), groups(changes),
                BudgetCheckChange.between(checks.at(planId, fromVersion), checks.at(planId, toVersion)));
    }

    private static Summary summary(List<EntityChange> changes) {
        return new Summary(count(changes, "ADDED"), count(changes, "REMOVED"), count(changes, "CHANGED"),
                (int) changes.stream().flatMap(c -> c.events().stream()).map(e -> e.get("planVersion")).distinct().count());
    }

    private static int count(List<EntityChange> changes, String kind) {
        return (int) changes.stream().filter(c -> c.change().equals(kind)).count();
    }

    private List<Group> groups(List<EntityChange> changes) {
        return PlanDiff.byPlace(changes).entrySet().stream()
                .map(e -> new Group(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                        e.getValue().stream().map(this::view).toList()))
                .toList();
    }

    private Map<String, Object> view(EntityChange change) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("entityId", change.entityId());
        view.put("entityKind", change.entityKind());
        view.put("label", change.label());
        view.put("change", change.change());
        view.put("fields", change.fields().stream().map(field -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("field", field.field());
            f.put("before", fieldValues.shown(field.field(), field.before()));
            f.put("after", fieldValues.shown(field.field(), field.after()));
            f.put("difference", field.difference());
            return f;
        }).toList());
        view.put("events", change.events());
        return view;
    }
}
