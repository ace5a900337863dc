package io.plantrail.download;

import io.plantrail.change.ChangeRejected;
import io.plantrail.document.PlanPoint;
import io.plantrail.graphql.AsAt;
import io.plantrail.graphql.AsAtResolver;
import io.plantrail.graphql.PlanView;
import io.plantrail.readmodel.part.Draft;
import io.plantrail.readmodel.part.PlanParts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The point a document is read at, and the words its header gives it: "Draft 2, dated 12/05/2004". */
@Component
class DocumentPoints {

    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AsAtResolver asAtResolver;
    private final PlanParts parts;

    DocumentPoints(AsAtResolver asAtResolver, PlanParts parts) {
        this.asAtResolver = asAtResolver;
        this.parts = parts;
    }

    PlanPoint of(PlanView plan, AsAt asAt) {
        long version = asAtResolver.versionOf(plan, asAt);
        return new PlanPoint(version, label(plan, asAt, version));
    }

    private String label(PlanView plan, AsAt asAt, long version) {
        if (asAt == null) {
            return "the plan as it stands now";
        }
        if (asAt.draft() != null) {
            return named(parts.one(plan.id(), "DRAFT-" + asAt.draft(), Draft.class, plan.version()));
        }
        if (asAt.draftDated() != null) {
            // the resolver has found the draft: the last one dated so, which marks this version
            return parts.all(plan.id(), Draft.class, plan.version()).stream()
                    .filter(draft -> draft.version() == version).findFirst()
                    .map(DocumentPoints::named).orElse("the draft dated " + PRINTED_DATE.format(asAt.draftDated()));
        }
        if (asAt.timestamp() != null) {
            return "the plan as at " + asAt.timestamp();
        }
        return "the plan at version " + version;
    }

    private static String named(Draft draft) {
        return draft.label() + ", dated " + PRINTED_DATE.format(draft.documentDate());
    }

    /**
     * A point written as the console writes it: draft:2, version:300, dated:2004-05-12 (the draft
     * printed with that date), date:2004-05-01 (what was recorded in plantrail by its end) or now.
     */
    static AsAt parse(String point) {
        if (point == null || point.isBlank() || point.equals("now")) {
            return null;
        }
        String[] kindAndValue = point.split(":", 2);
        try {
            return switch (kindAndValue[0]) {
                case "draft" -> new AsAt(Integer.valueOf(kindAndValue[1]), null, null, null);
                case "version" -> new AsAt(null, Integer.valueOf(kindAndValue[1]), null, null);
                case "date" -> new AsAt(null, null, Instant.parse(LocalDate.parse(kindAndValue[1]) + "T23:59:59Z"), null);
                case "dated" -> new AsAt(null, null, null, LocalDate.parse(kindAndValue[1]));
                default -> throw unreadable(point);
            };
        } catch (RuntimeException notAPoint) {
            throw notAPoint instanceof ChangeRejected rejected ? rejected : unreadable(point);
        }
    }

    private static ChangeRejected unreadable(String point) {
        return ChangeRejected.invalid("'" + point + "' is not a point of the plan; give draft:2, version:300, "
                + "dated:2004-05-12, date:2004-05-01 or now.");
    }
}
