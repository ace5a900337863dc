package io.plantrail.graphql;

import io.plantrail.change.ChangeRejected;
import io.plantrail.readmodel.ChangeLog;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.part.Draft;
import io.plantrail.readmodel.part.PlanParts;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Turns an {@link AsAt} into the plan version it means, or says clearly why it cannot. */
@Component
public class AsAtResolver {

    private final PlanRecords plans;
    private final PlanParts parts;
    private final ChangeLog log;

    AsAtResolver(PlanRecords plans, PlanParts parts, ChangeLog log) {
        this.plans = plans;
        this.parts = parts;
        this.log = log;
    }

    /** The plan as it stands now; NOT_FOUND if there is no such plan. */
    public PlanView current(String planId) {
        Document plan = plans.find(planId);
        if (plan == null) {
            throw ChangeRejected.notFound("There is no plan '" + planId + "'.");
        }
        return PlanQueries.view(plan);
    }

    /** The version of the plan a question as at {@code asAt} is answered at; NOT_FOUND if there is no such plan. */
    public long versionOf(String planId, AsAt asAt) {
        return versionOf(current(planId), asAt);
    }

    public long versionOf(PlanView plan, AsAt asAt) {
        if (asAt == null) {
            return plan.version();
        }
        long given = Stream.of(asAt.draft(), asAt.version(), asAt.timestamp(), asAt.draftDated()).filter(v -> v != null).count();
        if (given != 1) {
            throw ChangeRejected.invalid("Say which point to read the plan at with exactly one of draft, draftDated, version or "
                    + "timestamp; " + given + " were given.");
        }
        if (asAt.draft() != null) {
            return draftVersion(plan, asAt.draft());
        }
        if (asAt.draftDated() != null) {
            return draftDated(plan, asAt.draftDated());
        }
        if (asAt.version() != null) {
            return checkedVersion(plan, asAt.version());
        }
        return versionAtTime(plan, asAt);
    }

    private long draftVersion(PlanView plan, int number) {
        Draft draft = parts.one(plan.id(), "DRAFT-" + number, Draft.class, plan.version());
        if (draft == null) {
            long issued = parts.all(plan.id(), Draft.class, plan.version()).size();
            throw ChangeRejected.notFound("Plan '" + plan.id() + "' has no Draft " + number + "; "
                    + (issued == 0 ? "no draft has been issued yet." : "its drafts are 1 to " + issued + "."));
        }
        return draft.version();
    }

    /** The last draft whose document carries this date. */
    private long draftDated(PlanView plan, LocalDate date) {
        List<Draft> dated = parts.all(plan.id(), Draft.class, plan.version()).stream()
                .filter(draft -> date.equals(draft.documentDate())).toList();
        if (dated.isEmpty()) {
            throw ChangeRejected.notFound("Plan '" + plan.id() + "' has no draft dated " + date + ".");
        }
        return dated.get(dated.size() - 1).version();
    }

    private static long checkedVersion(PlanView plan, int version) {
        if (version < 1 || version > plan.version()) {
            throw ChangeRejected.notFound("Plan '" + plan.id() + "' has versions 1 to " + plan.version()
                    + "; there is no version " + version + ".");
        }
        return version;
    }

    private long versionAtTime(PlanView plan, AsAt asAt) {
        long version = log.versionAt(plan.id(), asAt.timestamp());
        if (version == 0) {
            throw ChangeRejected.invalid("Plan '" + plan.id() + "' did not exist yet at " + asAt.timestamp() + ".");
        }
        return version;
    }

    /** A comparison reads forward in time: VALIDATION if its earlier point comes after its later one. */
    public static void inOrder(long from, long to) {
        if (from > to) {
            throw ChangeRejected.invalid("'from' (version " + from + ") comes after 'to' (version " + to
                    + "); compare an earlier point with a later one.");
        }
    }
}
