package io.plantrail.api;

import static io.plantrail.history.EntityKind.OUTCOME;

import com.mongodb.client.model.Filters;
import io.plantrail.history.EntityVersions;
import io.plantrail.history.Node;
import io.plantrail.change.ChangeRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Outcomes across the plan, by lead directorate, theme, priority and words in them. */
@Controller
class OutcomeSearch {

    private final EntityVersions versions;

    OutcomeSearch(EntityVersions versions) {
        this.versions = versions;
    }

    record OutcomeFilter(String leadDirectorate, String themeId, String priorityId, String search) {
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> outcomes(PlanView plan, @Argument OutcomeFilter filter) {
        if (filter != null) {
            requireExisting(plan, filter.themeId(), "theme");
            requireExisting(plan, filter.priorityId(), "priority");
        }
        return versions.matching(plan.id(), OUTCOME, matching(filter), plan.version());
    }

    private void requireExisting(PlanView plan, String id, String kind) {
        if (id != null && versions.one(plan.id(), id, plan.version()) == null) {
            throw ChangeRejected.notFound("There is no " + kind + " '" + id + "' in plan '" + plan.id() + "'"
                    + " at version " + plan.version() + ".");
        }
    }

    private static Bson matching(OutcomeFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.exists("entityId"));
        if (filter != null) {
            addIfGiven(conditions, filter.leadDirectorate(),
                    value -> Filters.regex("details.leadDirectorate", word(value)));
            addIfGiven(conditions, filter.themeId(),
                    value -> Filters.regex("parentId", "^" + Pattern.quote(value) + "-"));
            addIfGiven(conditions, filter.priorityId(), value -> Filters.eq("parentId", value));
            addIfGiven(conditions, filter.search(), value -> Filters.or(
                    Filters.regex("details.title", Pattern.quote(value), "i"),
                    Filters.regex("details.achievements", Pattern.quote(value), "i"),
                    Filters.regex("details.actions", Pattern.quote(value), "i")));
        }
        return Filters.and(conditions);
    }

    /** "UL" matches "UL", "UL / PF" and "OD UL OD", but not "ULX". */
    private static String word(String value) {
        return "(^|[^A-Za-z])" + Pattern.quote(value.trim()) + "([^A-Za-z]|$)";
    }

    private static void addIfGiven(List<Bson> conditions, String value, java.util.function.Function<String, Bson> condition) {
        if (value != null && !value.isBlank()) {
            io.plantrail.change.Rules.requireWellFormed(value, "The filter");
            conditions.add(condition.apply(value));
        }
    }
}
