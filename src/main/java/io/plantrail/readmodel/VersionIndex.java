package io.plantrail.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Where every stored version of every entity sits in its plan's history, held in memory so that
 * a question "as at version v" reads only the documents of its answer, each by {@code _id}. The
 * embedded store uses no index but {@code _id} and unique ones, so a range query on the stored
 * versions reads the whole collection: tried without this index at 10,000 events, a whole plan
 * as at a draft, a diff and the gaps still open each read it several times over
 * (BENCHMARKS.md). It holds each version's place, not its content.
 * <p>
 * The index is built from the store on first use and brought up to date from the plan's change log
 * before each use, so it is right on a server that does not keep the read side itself.
 */
final class VersionIndex {

    private static final int CATCH_UP_CHUNK = 500;

    private final MongoCollection<Document> versions;
    private final ChangeLog log;
    private final PlanRecords plans;
    private final Map<String, PlanSpans> byPlan = new ConcurrentHashMap<>();

    VersionIndex(MongoCollection<Document> versions, ChangeLog log, PlanRecords plans) {
        this.versions = versions;
        this.log = log;
        this.plans = plans;
    }

    /** The plan's spans, up to date with everything the read side has recorded. */
    PlanSpans of(String planId) {
        PlanSpans spans = byPlan.computeIfAbsent(planId, this::load);
        // read before the store's version: the projector moves the index on only after the store
        // has the version, so the store can be behind this figure only if it was emptied
        long known = spans.upTo();
        long recorded = plans.version(planId);
        if (recorded < known) {
            byPlan.remove(planId, spans); // the read side was emptied and is being built again
            return of(planId);
        }
        if (recorded > known) {
            catchUp(planId, spans, recorded);
        }
        return spans;
    }

    /** As {@link #of} but without looking at the store: for the projector, which is the one writing it. */
    PlanSpans written(String planId) {
        return byPlan.computeIfAbsent(planId, this::load);
    }

    void forgetAll() {
        byPlan.clear();
    }

    private PlanSpans load(String planId) {
        PlanSpans spans = new PlanSpans(plans.version(planId));
        versions.find(eq("planId", planId)).projection(Projections.include(Span.STORED_FIELDS))
                .forEach(version -> spans.put(Span.of(version)));
        return spans;
    }

    /** Reads what changed since the index last looked: the versions those changes stored, and the ones they ended. */
    private void catchUp(String planId, PlanSpans spans, long recorded) {
        for (long from = spans.upTo() + 1; from <= recorded; from += CATCH_UP_CHUNK) {
            long to = Math.min(recorded, from + CATCH_UP_CHUNK - 1);
            Set<String> ids = new LinkedHashSet<>();
            Set<String> touched = new LinkedHashSet<>();
            for (Document change : log.range(planId, from, to)) {
                String entityId = change.getString("entityId");
                touched.add(entityId);
                ids.add(Span.documentId(planId, entityId, change.getLong("planVersion")));
            }
            spans.openOrEndedAfter(touched, from - 1).forEach(span -> ids.add(span.documentId()));
            read(ids).forEach(version -> spans.put(Span.of(version)));
            spans.caughtUpWith(to);
        }
    }

    private List<Document> read(Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return versions.find(in("_id", ids)).projection(Projections.include(Span.STORED_FIELDS))
                .into(new ArrayList<>());
    }

    /** The stored versions of these spans, in the spans' order. */
    List<Document> documents(List<Span> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        Map<String, Document> byId = new LinkedHashMap<>();
        spans.forEach(span -> byId.put(span.documentId(), null));
        versions.find(in("_id", byId.keySet())).forEach(version -> byId.put(version.getString("_id"), version));
        return byId.values().stream().filter(java.util.Objects::nonNull).toList();
    }
}
