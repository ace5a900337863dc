package io.plantrail.api;

import static io.plantrail.history.EntityKind.BUDGET_TABLE;
import static io.plantrail.history.EntityKind.CPA;
import static io.plantrail.history.EntityKind.DRAFT;
import static io.plantrail.history.EntityKind.IMPROVEMENT_AREA;
import static io.plantrail.history.EntityKind.LPSA_TARGET;
import static io.plantrail.history.EntityKind.SECTION;
import static io.plantrail.history.EntityKind.THEME;

import io.plantrail.history.EntityVersions;
import io.plantrail.history.Node;
import io.plantrail.history.PlanRecords;
import io.plantrail.change.ChangeRejected;
import java.util.List;
import org.bson.Document;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The plan and the top-level parts under it, read from the versioned projection. */
@Controller
class PlanQueries {

    private final PlanRecords plans;
    private final EntityVersions versions;
    private final AsAtResolver asAtResolver;

    PlanQueries(PlanRecords plans, EntityVersions versions, AsAtResolver asAtResolver) {
        this.plans = plans;
        this.versions = versions;
        this.asAtResolver = asAtResolver;
    }

    @QueryMapping
    List<PlanView> plans() {
        return plans.all().stream().map(PlanQueries::view).toList();
    }

    @QueryMapping
    PlanView plan(@Argument String id, @Argument AsAt asAt) {
        PlanView now = asAtResolver.current(id);
        return new PlanView(now.id(), now.title(), now.council(), asAtResolver.versionOf(now, asAt));
    }

    static PlanView view(Document plan) {
        return new PlanView(plan.getString("_id"), plan.getString("title"), plan.getString("council"),
                plan.get("version") == null ? 0 : plan.getLong("version"));
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> drafts(PlanView plan) {
        return versions.all(plan.id(), DRAFT, plan.version());
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> sections(PlanView plan) {
        return versions.all(plan.id(), SECTION, plan.version());
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> themes(PlanView plan, @Argument String id) {
        return picked(plan, versions.all(plan.id(), THEME, plan.version()), id, "theme");
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> lpsaTargets(PlanView plan) {
        return versions.all(plan.id(), LPSA_TARGET, plan.version());
    }

    @SchemaMapping(typeName = "Plan")
    Node cpa(PlanView plan) {
        List<Node> found = versions.all(plan.id(), CPA, plan.version());
        return found.isEmpty() ? null : found.get(0);
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> budgetTables(PlanView plan, @Argument String id) {
        return picked(plan, versions.all(plan.id(), BUDGET_TABLE, plan.version()), id, "budget table");
    }

    /** All of them, or the one asked for: an id the plan does not have at that point is NOT_FOUND, as in a filter. */
    private static List<Node> picked(PlanView plan, List<Node> all, String id, String kind) {
        if (id == null) {
            return all;
        }
        List<Node> picked = all.stream().filter(node -> node.id().equals(id)).toList();
        if (picked.isEmpty()) {
            throw ChangeRejected.notFound("There is no " + kind + " '" + id + "' in plan '" + plan.id() + "' at version "
                    + plan.version() + ".");
        }
        return picked;
    }

    @SchemaMapping(typeName = "Plan")
    List<Node> improvementPlan(PlanView plan) {
        return versions.all(plan.id(), IMPROVEMENT_AREA, plan.version());
    }
}
