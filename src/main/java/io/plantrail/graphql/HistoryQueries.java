package io.plantrail.graphql;

import io.plantrail.access.HistoryReaders;
import io.plantrail.change.ChangeRejected;
import io.plantrail.readmodel.EntityHistory;
import io.plantrail.readmodel.EntityVersions;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who changed an entity, when and why: every version, newest first, a page at a time. */
@Controller
@HistoryReaders
class HistoryQueries {

    private static final int MAX_PAGE = 100;

    private final EntityHistory history;
    private final EntityVersions versions;
    private final FieldValues fieldValues;

    HistoryQueries(EntityHistory history, EntityVersions versions, FieldValues fieldValues) {
        this.history = history;
        this.versions = versions;
        this.fieldValues = fieldValues;
    }

    record Edge(String cursor, Version node) {
    }

    /** One version of an entity: the event that made it, and the fields it set. */
    record Version(String entityId, long planVersion, String type, String actor, String reason, Instant time,
                   Integer draftInForce, boolean removed, List<FieldChange> changes) {
    }

    /** A field a version set, with its new value as a reader may see it. */
    record FieldChange(String field, Object value) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record Connection(int totalCount, List<Edge> edges, PageInfo pageInfo) {
    }

    @QueryMapping
    Connection history(@Argument String planId, @Argument String entityId, @Argument Integer first,
                       @Argument String after) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE) {
            throw ChangeRejected.invalid("Ask for 1 to " + MAX_PAGE + " versions at a time; " + size + " is out of range.");
        }
        String plan = planOf(planId, entityId);
        Long afterVersion = after == null ? null : Cursors.planVersion(after);
        EntityHistory.Page page;
        try {
            page = history.page(plan, entityId, afterVersion, size);
        } catch (ChangeRejected badCursor) {
            throw ChangeRejected.invalid("The cursor '" + after + "' does not belong to this history.");
        }
        if (page == null) {
            throw ChangeRejected.notFound("There is no '" + entityId + "' in plan '" + plan + "'.");
        }
        List<Edge> edges = page.entries().stream()
                .map(entry -> new Edge(Cursors.of(entry.planVersion()), node(entry)))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection(page.total(), edges, new PageInfo(page.hasNext(), end));
    }

    private String planOf(String planId, String entityId) {
        if (planId != null) {
            return planId;
        }
        List<String> plans = versions.plansHaving(entityId);
        if (plans.isEmpty()) {
            throw ChangeRejected.notFound("There is no '" + entityId + "' in any plan.");
        }
        if (plans.size() > 1) {
            throw ChangeRejected.invalid("'" + entityId + "' is in several plans (" + String.join(", ", plans) + "); say which with planId.");
        }
        return plans.get(0);
    }

    private Version node(EntityHistory.Entry entry) {
        return new Version(entry.entityId(), entry.planVersion(), entry.type(), entry.actor(), entry.reason(),
                Instant.parse(entry.time()), entry.draftInForce(), entry.details() == null,
                entry.changedFields().stream()
                        .map(field -> new FieldChange(field, fieldValues.shown(field, entry.details().get(field))))
                        .toList());
    }
}
