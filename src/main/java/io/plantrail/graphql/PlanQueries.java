package io.plantrail.graphql;


import io.plantrail.change.ChangeRejected;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.CpaAssessment;
import io.plantrail.readmodel.part.Draft;
import io.plantrail.readmodel.part.LpsaTarget;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.PriorityArea;
import io.plantrail.readmodel.part.Section;
import io.plantrail.readmodel.part.Theme;
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
    private final PlanParts parts;
    private final AsAtResolver asAtResolver;

    PlanQueries(PlanRecords plans, PlanParts parts, AsAtResolver asAtResolver) {
        this.plans = plans;
        this.parts = parts;
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
    List<Draft> drafts(PlanView plan) {
        return parts.all(plan.id(), Draft.class, plan.version());
    }

    @SchemaMapping(typeName = "Plan")
    List<Section> sections(PlanView plan) {
        return parts.all(plan.id(), Section.class, plan.version());
    }

    @SchemaMapping(typeName = "Plan")
    List<Theme> themes(PlanView plan, @Argument String id) {
        return picked(plan, parts.all(plan.id(), Theme.class, plan.version()), id, "theme");
    }

    @SchemaMapping(typeName = "Plan")
    List<LpsaTarget> lpsaTargets(PlanView plan) {
        return parts.all(plan.id(), LpsaTarget.class, plan.version());
    }

    @SchemaMapping(typeName = "Plan")
    CpaAssessment cpa(PlanView plan) {
        List<CpaAssessment> found = parts.all(plan.id(), CpaAssessment.class, plan.version());
        return found.isEmpty() ? null : found.get(0);
    }

    @SchemaMapping(typeName = "Plan")
    List<BudgetTable> budgetTables(PlanView plan, @Argument String id) {
        return picked(plan, parts.all(plan.id(), BudgetTable.class, plan.version()), id, "budget table");
    }

    /** All of them, or the one asked for: an id the plan does not have at that point is NOT_FOUND, as in a filter. */
    private static <P extends PlanPart> List<P> picked(PlanView plan, List<P> all, String id, String kind) {
        if (id == null) {
            return all;
        }
        List<P> picked = all.stream().filter(part -> part.id().equals(id)).toList();
        if (picked.isEmpty()) {
            throw ChangeRejected.notFound("There is no " + kind + " '" + id + "' in plan '" + plan.id() + "' at version "
                    + plan.version() + ".");
        }
        return picked;
    }

    @SchemaMapping(typeName = "Plan")
    List<PriorityArea> improvementPlan(PlanView plan) {
        return parts.all(plan.id(), PriorityArea.class, plan.version());
    }
}
