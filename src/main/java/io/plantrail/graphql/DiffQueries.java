package io.plantrail.graphql;

import io.plantrail.budget.BudgetCheckChange;
import io.plantrail.readmodel.BudgetChecks;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.readmodel.PlanDiff.EntityChange;
import io.plantrail.readmodel.PlanDiff;
import java.math.BigDecimal;
import java.util.List;
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

    record Group(String themeId, String priorityId, String budgetTableId, List<Changed> changes) {
    }

    /** An entity added, removed or changed, with the fields that differ and the events that made it so. */
    record Changed(String entityId, String entityKind, String label, String change, List<FieldDiff> fields,
                   List<LoggedChange> events) {
    }

    /** A field's value at each point as a reader may see it, and a figure's difference. */
    record FieldDiff(String field, Object before, Object after, BigDecimal difference, String differenceUnit) {
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
                (int) changes.stream().flatMap(c -> c.events().stream()).map(LoggedChange::planVersion).distinct().count());
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

    private Changed view(EntityChange change) {
        return new Changed(change.entityId(), change.entityKind(), change.label(), change.change(),
                change.fields().stream().map(this::shown).toList(),
                change.events());
    }

    private FieldDiff shown(PlanDiff.FieldChange field) {
        return new FieldDiff(field.field(), fieldValues.shown(field.field(), field.before()),
                fieldValues.shown(field.field(), field.after()), field.difference(), field.unit());
    }
}
