package io.plantrail.history;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The system-versioned store: every version of every entity, each with the plan-version range
 * in which it was current ({@code from} inclusive, {@code to} exclusive, null while current).
 * "As at version v" is one query for the versions whose range holds v, never a replay.
 */
@Component
public class EntityVersions {

    static final String COLLECTION = "entity_versions";

    private static final Bson PLAN_ORDER = Sorts.ascending("ordinal", "entityId");
    private static final Bson NEWEST_FIRST = Sorts.descending("from");

    private final MongoCollection<Document> versions;

    EntityVersions(MongoDatabase database) {
        this.versions = ReadSideCollections.of(database, COLLECTION);
        // one entity's versions (and the key that keeps a redelivered event from storing one twice)
        versions.createIndex(Indexes.ascending("planId", "entityId", "from"), new IndexOptions().unique(true));
        // the version a change ends: each entity has one open version, and ends each at a different change
        versions.createIndex(Indexes.ascending("planId", "entityId", "to"), new IndexOptions().unique(true));
        // a plan as at a version, by kind and under parents
        versions.createIndex(Indexes.ascending("planId", "kind", "from"));
        versions.createIndex(Indexes.ascending("planId", "parentId", "kind"));
        versions.createIndex(Indexes.ascending("entityId"));
        keyByPlan();
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

    /** Idempotent: a redelivered event replaces its own version and closes nothing newer. */
    private void insert(Change change, Span span, Document details) {
        Document version = new Document("_id", span.documentId())
                .append("planId", change.planId()).append("entityId", span.entityId()).append("kind", span.kind().name())
                .append("parentId", span.parentId()).append("ordinal", span.ordinal())
                .append("from", span.from()).append("to", null)
                .append("details", details).append("change", change.toDocument());
        versions.replaceOne(eq("_id", version.get("_id")), version, new ReplaceOptions().upsert(true));
    }

    /** Ends the current version at this change; also finds it when a redelivery already ended it. */
    private Span close(Change change, String entityId) {
        Document previous = endingAt(change.planId(), entityId, change.planVersion());
        if (previous == null) {
            previous = endingAt(change.planId(), entityId, null);
        }
        if (previous == null || previous.getLong("from") >= change.planVersion()) {
            return null;
        }
        versions.updateOne(eq("_id", previous.get("_id")), Updates.set("to", change.planVersion()));
        return Span.of(previous);
    }

    /**
     * The version of an entity that ends at a plan version (null: the open one). A plain document
     * naming every field of a unique index, which the embedded store answers from the index.
     */
    private Document endingAt(String planId, String entityId, Long to) {
        return versions.find(new Document("planId", planId).append("entityId", entityId).append("to", to)).first();
    }

    /** The entities of a kind under the given parents as at a plan version, in plan order. */
    public List<Node> children(String planId, EntityKind kind, Collection<String> parentIds, long asAt) {
        return nodes(and(currentAt(planId, asAt), eq("kind", kind.name()), in("parentId", parentIds)), asAt);
    }

    public List<Node> all(String planId, EntityKind kind, long asAt) {
        return nodes(and(currentAt(planId, asAt), eq("kind", kind.name())), asAt);
    }

    /** The entities of a kind as at a plan version that pass a test. */
    public List<Node> matching(String planId, EntityKind kind, Predicate<Node> test, long asAt) {
        return all(planId, kind, asAt).stream().filter(test).toList();
    }

    public Node one(String planId, String entityId, long asAt) {
        Document version = versions.find(and(eq("planId", planId), eq("entityId", entityId), lte("from", asAt)))
                .sort(NEWEST_FIRST).first();
        return version == null || !Span.of(version).currentAt(asAt) ? null : Node.of(version, asAt);
    }

    /** Every entity of a plan as at a version, of every kind. */
    public List<Node> everything(String planId, long asAt) {
        return nodes(currentAt(planId, asAt), asAt);
    }

    /** Versions of one entity older than a plan version, newest first, at most {@code limit}. */
    public List<Document> versionsBefore(String planId, String entityId, long before, int limit) {
        return versions.find(and(eq("planId", planId), eq("entityId", entityId), lt("from", before)))
                .sort(NEWEST_FIRST).limit(limit).into(new ArrayList<>());
    }

    /** Every version of one entity, newest first. */
    List<Document> versionsOf(String planId, String entityId) {
        return versions.find(and(eq("planId", planId), eq("entityId", entityId))).sort(NEWEST_FIRST).into(new ArrayList<>());
    }

    /** Where the entities of a kind sit as at a plan version, without their content. */
    List<Span> spansAt(String planId, EntityKind kind, long asAt) {
        return versions.find(and(currentAt(planId, asAt), eq("kind", kind.name())))
                .projection(Projections.include(Span.STORED_FIELDS)).sort(PLAN_ORDER)
                .map(Span::of).into(new ArrayList<>());
    }

    /** Every child of a kind an entity has ever had, removed ones too. */
    public List<String> childIdsEver(String planId, String parentId, EntityKind kind) {
        return versions.distinct("entityId", and(eq("planId", planId), eq("parentId", parentId), eq("kind", kind.name())),
                String.class).into(new TreeSet<>()).stream().toList();
    }

    /** The plans that have an entity with this id. */
    public List<String> plansHaving(String entityId) {
        return versions.distinct("planId", eq("entityId", entityId), String.class).into(new TreeSet<>()).stream().toList();
    }

    private static Bson currentAt(String planId, long asAt) {
        return and(eq("planId", planId), lte("from", asAt), or(eq("to", null), gt("to", asAt)));
    }

    private List<Node> nodes(Bson filter, long asAt) {
        return versions.find(filter).sort(PLAN_ORDER).map(version -> Node.of(version, asAt)).into(new ArrayList<>());
    }
}
