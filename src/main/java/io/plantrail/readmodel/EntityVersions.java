package io.plantrail.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The system-versioned store: every version of every entity, each with the plan-version range
 * in which it was current ({@code from} inclusive, {@code to} exclusive, null while current).
 * "As at version v" is a lookup in the {@link VersionIndex} and a read of its answer by key,
 * never a replay and never a scan.
 */
@Component
public class EntityVersions {

    static final String COLLECTION = "entity_versions";

    private final MongoCollection<Document> versions;
    private final VersionIndex index;
    private final PlanRecords plans;
    private final ReadSideWriter writer;

    EntityVersions(MongoDatabase database, ChangeLog log, PlanRecords plans, ReadSideWriter writer) {
        this.versions = ReadSideCollections.of(database, COLLECTION);
        // the only index: each plan's versions are read once, by plan (its prefix), then by _id
        versions.createIndex(Indexes.ascending("planId", "entityId", "from"), new IndexOptions().unique(true));
        keyByPlan();
        this.index = new VersionIndex(versions, log, plans);
        this.plans = plans;
        this.writer = writer;
    }

    /**
     * Versions stored before 2026-12-01 were keyed {@code entityId@from}, so two plans with an entity
     * of the same id shared keys; each is stored again under a key with its plan, once.
     */
    private void keyByPlan() {
        List<Document> oldKeyed = versions.find(Filters.not(Filters.regex("_id", "/"))).into(new ArrayList<>());
        for (Document version : oldKeyed) {
            Span span = Span.of(version);
            // the old one goes first: the unique index on plan, entity and version admits one at a time
            versions.deleteOne(eq("_id", version.get("_id")));
            versions.replaceOne(eq("_id", span.documentId()), version.append("_id", span.documentId()),
                    new ReplaceOptions().upsert(true));
        }
    }

    void added(Change change, EntityKind kind, String entityId, String parentId, Record details) {
        insert(change, new Span(change.planId(), entityId, kind, parentId, change.planVersion(), change.planVersion(), null),
                ContentCodec.toDocument(details));
    }

    void revised(Change change, String entityId, Record details) {
        Span previous = close(change, entityId);
        if (previous != null) {
            insert(change, new Span(change.planId(), entityId, previous.kind(), previous.parentId(), previous.ordinal(),
                    change.planVersion(), null), ContentCodec.toDocument(details));
        }
    }

    void removed(Change change, String entityId) {
        close(change, entityId);
    }

    /** The read side has recorded the plan up to this version. */
    void caughtUpWith(Change change) {
        index.written(change.planId()).caughtUpWith(change.planVersion());
    }

    /** The read side was emptied: what the index holds no longer stands. */
    void forget() {
        index.forgetAll();
    }

    /** Idempotent: a redelivered event replaces its own version and closes nothing newer. */
    private void insert(Change change, Span span, Document details) {
        Document version = new Document("_id", span.documentId())
                .append("planId", change.planId()).append("entityId", span.entityId()).append("kind", span.kind().name())
                .append("parentId", span.parentId()).append("ordinal", span.ordinal())
                .append("from", span.from()).append("to", null)
                .append("details", details).append("change", change.toDocument());
        writer.write(COLLECTION, new ReplaceOneModel<>(eq("_id", version.get("_id")), version, new ReplaceOptions().upsert(true)));
        index.written(change.planId()).put(span);
    }

    /** Ends the current version at this change; also finds it when a redelivery already ended it. */
    private Span close(Change change, String entityId) {
        PlanSpans spans = index.written(change.planId());
        Span previous = spans.endedByOrOpenBefore(entityId, change.planVersion());
        if (previous != null) {
            writer.write(COLLECTION, new UpdateOneModel<>(eq("_id", previous.documentId()), Updates.set("to", change.planVersion())));
            spans.put(previous.endedAt(change.planVersion()));
        }
        return previous;
    }

    /** The entities of a kind under the given parents as at a plan version, in plan order. */
    public List<StoredVersion> children(String planId, EntityKind kind, Collection<String> parentIds, long asAt) {
        Set<String> parents = Set.copyOf(parentIds);
        return nodes(planId, asAt, kind, span -> parents.contains(span.parentId()));
    }

    /** Where a child sits as at a plan version, known without reading it: its id, its parent, and whether it was revised since it was added. */
    public record Placed(String entityId, String parentId, boolean revised) {
    }

    /** Where the children of a kind under the given parents sit as at a plan version, in plan order, none of them read. */
    public List<Placed> placesOfChildren(String planId, EntityKind kind, Collection<String> parentIds, long asAt) {
        Set<String> parents = Set.copyOf(parentIds);
        return index.of(planId).currentAt(asAt, kind, span -> parents.contains(span.parentId())).stream()
                .map(span -> new Placed(span.entityId(), span.parentId(), span.from() != span.ordinal())).toList();
    }

    /** These entities of a kind as at a plan version, in plan order; an id with no entity then is left out. */
    public List<StoredVersion> these(String planId, EntityKind kind, Collection<String> entityIds, long asAt) {
        Set<String> wanted = Set.copyOf(entityIds);
        return nodes(planId, asAt, kind, span -> wanted.contains(span.entityId()));
    }

    public List<StoredVersion> all(String planId, EntityKind kind, long asAt) {
        return nodes(planId, asAt, kind, span -> true);
    }

    public StoredVersion one(String planId, String entityId, long asAt) {
        Span span = index.of(planId).currentAt(entityId, asAt);
        return span == null ? null : nodes(List.of(span), asAt).stream().findFirst().orElse(null);
    }

    /** Every entity of a plan as at a version, of every kind. */
    public List<StoredVersion> everything(String planId, long asAt) {
        return nodes(planId, asAt, null, span -> true);
    }

    /** Versions of one entity older than a plan version, newest first, at most {@code limit}. */
    public List<StoredVersion> versionsBefore(String planId, String entityId, long before, int limit) {
        List<Span> older = index.of(planId).of(entityId).stream().filter(span -> span.from() < before).limit(limit).toList();
        return index.documents(older).stream().map(document -> StoredVersion.of(document, before - 1)).toList();
    }

    /** The first version of an entity, as it was added; null if there is none. */
    public StoredVersion first(String planId, String entityId) {
        List<Span> spans = index.of(planId).of(entityId);
        if (spans.isEmpty()) {
            return null;
        }
        Span added = spans.get(spans.size() - 1);
        return nodes(List.of(added), added.from()).stream().findFirst().orElse(null);
    }

    /** Where every version of one entity sits, newest first. */
    List<Span> spansOf(String planId, String entityId) {
        return index.of(planId).of(entityId);
    }

    /** Where the entities of a kind sit as at a plan version, without reading them. */
    List<Span> spansAt(String planId, EntityKind kind, long asAt) {
        return index.of(planId).currentAt(asAt, kind, span -> true);
    }

    /** The stored versions of these spans, in the spans' order. */
    List<Document> documents(List<Span> spans) {
        return index.documents(spans);
    }

    /** Every child of a kind an entity has ever had, removed ones too. */
    public List<String> childIdsEver(String planId, String parentId, EntityKind kind) {
        return index.of(planId).childIdsEver(parentId, kind);
    }

    /** The plans that have an entity with this id. */
    public List<String> plansHaving(String entityId) {
        return plans.all().stream().map(plan -> plan.getString("_id"))
                .filter(planId -> index.of(planId).has(entityId)).toList();
    }

    private List<StoredVersion> nodes(String planId, long asAt, EntityKind kind, Predicate<Span> which) {
        return nodes(index.of(planId).currentAt(asAt, kind, which), asAt);
    }

    private List<StoredVersion> nodes(List<Span> spans, long asAt) {
        return index.documents(spans).stream().map(document -> StoredVersion.of(document, asAt)).toList();
    }
}
