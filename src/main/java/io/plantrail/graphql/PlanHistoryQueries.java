package io.plantrail.graphql;

import io.plantrail.access.HistoryReaders;
import io.plantrail.change.ChangeRejected;
import io.plantrail.readmodel.ChangeLog;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.readmodel.PlanRecords;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The whole log of a plan, newest first, by person, kind of change and time window. */
@Controller
@HistoryReaders
class PlanHistoryQueries {

    private static final int MAX_PAGE = 200;

    private final ChangeLog log;
    private final PlanRecords plans;

    PlanHistoryQueries(ChangeLog log, PlanRecords plans) {
        this.log = log;
        this.plans = plans;
    }

    record Edge(String cursor, LoggedChange node) {
    }

    record Connection(List<Edge> edges, HistoryQueries.PageInfo pageInfo) {
    }

    record PlanHistoryChoices(List<String> actors, List<String> eventTypes) {
    }

    @QueryMapping
    PlanHistoryChoices planHistoryChoices(@Argument String planId) {
        if (plans.find(planId) == null) {
            throw ChangeRejected.notFound("There is no plan '" + planId + "'.");
        }
        return new PlanHistoryChoices(log.valuesOf(planId, "actor"), log.valuesOf(planId, "type"));
    }

    @QueryMapping
    Connection planHistory(@Argument String planId, @Argument String actor, @Argument String eventType,
                           @Argument Instant from, @Argument Instant to, @Argument Integer first,
                           @Argument String after) {
        if (plans.find(planId) == null) {
            throw ChangeRejected.notFound("There is no plan '" + planId + "'.");
        }
        int size = first == null ? 50 : first;
        if (size < 1 || size > MAX_PAGE) {
            throw ChangeRejected.invalid("Ask for 1 to " + MAX_PAGE + " changes at a time; " + size + " is out of range.");
        }
        List<Document> found = log.page(planId, actor, eventType, from, to, after == null ? null : Cursors.planVersion(after), size);
        List<Edge> edges = found.stream().limit(size).map(LoggedChange::of)
                .map(change -> new Edge(Cursors.of(change.planVersion()), change)).toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection(edges, new HistoryQueries.PageInfo(found.size() > size, end));
    }
}
