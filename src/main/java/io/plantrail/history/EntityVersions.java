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
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The system-versioned store: every version of every entity, each with the plan-version range
 * in which it was current ({@code from} inclusive, {@code to} exclusive, null while current).
 * "As at version v" is an index lookup, never a replay.
 */
@Component
public class EntityVersions {

    static final String COLLECTION = "entity_versions";

    private final MongoCollection<Document> versions;

    EntityVersions(MongoDatabase database) {
        this.versions = ReadSideCollections.of(database, COLLECTION);
        versions.createIndex(Indexes.ascending("planId", "kind", "parentId", "from"));
        versions.createIndex(Indexes.ascending("planId", "entityId", "from"), new IndexOptions().unique(true));
    }

    void added(Change change, EntityKind kind, String entityId, String parentId, Record details) {
        insert(change, kind, entityId, parentId, change.planVersion(), ContentCodec.toDocument(details));
    }

    void revised(Change change, String entityId, Record details) {
        Document previous = close(change, entityId);
        if (previous != null) {
            insert(change, EntityKind.valueOf(previous.getString("kind")), entityId, previous.getString("parentId"),
                    previous.getLong("ordinal"), ContentCodec.toDocument(details));
        }
    }

    void removed(Change change, String entityId) {
        close(change, entityId);
    }

    /** Idempotent: a redelivered event replaces its own version and closes nothing newer. */
    private void insert(Change change, EntityKind kind, String entityId, String parentId, long ordinal,
                        Document details) {
        Document version = new Document("_id", entityId + "@" + change.planVersion())
                .append("planId", change.planId()).append("entityId", entityId).append("kind", kind.name())
                .append("parentId", parentId).append("ordinal", ordinal)
                .append("from", change.planVersion()).append("to", null)
                .append("details", details).append("change", change.toDocument());
        versions.replaceOne(eq("_id", version.get("_id")), version, new ReplaceOptions().upsert(true));
    }

    /** Ends the current version at this change; also finds it when a redelivery already ended it. */
    private Document close(Change change, String entityId) {
        Bson endedHereOrCurrent = and(eq("planId", change.planId()), eq("entityId", entityId),
                lt("from", change.planVersion()), or(eq("to", null), eq("to", change.planVersion())));
        Document previous = versions.find(endedHereOrCurrent).sort(Sorts.descending("from")).first();
        if (previous != null) {
            versions.updateOne(eq("_id", previous.get("_id")), Updates.set("to", change.planVersion()));
        }
        return previous;
    }

    /** The entities of a kind under the given parents as at a plan version, in plan order. */
    public List<Node> children(String planId, EntityKind kind, Collection<String> parentIds, long asAt) {
        return find(and(eq("planId", planId), eq("kind", kind.name()), in("parentId", parentIds), at(asAt)), asAt);
    }

    public List<Node> all(String planId, EntityKind kind, long asAt) {
        return find(and(eq("planId", planId), eq("kind", kind.name()), at(asAt)), asAt);
    }

    public List<Node> matching(String planId, EntityKind kind, Bson detailsFilter, long asAt) {
        return find(and(eq("planId", planId), eq("kind", kind.name()), at(asAt), detailsFilter), asAt);
    }

    public Node one(String planId, String entityId, long asAt) {
        List<Node> found = find(and(eq("planId", planId), eq("entityId", entityId), at(asAt)), asAt);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every entity of a plan as at a version, of every kind. */
    public List<Node> everything(String planId, long asAt) {
        return find(and(eq("planId", planId), at(asAt)), asAt);
    }

    /** Every version of every entity of a plan up to a plan version, oldest first. */
    public List<Document> versionsUpTo(String planId, long asAt) {
        return versions.find(and(eq("planId", planId), lte("from", asAt)))
                .sort(Sorts.ascending("from")).into(new ArrayList<>());
    }

    /** Every version of one entity, newest first, each with its plan-version range. */
    public List<Document> versionsOf(String planId, String entityId) {
        return versions.find(and(eq("planId", planId), eq("entityId", entityId)))
                .sort(Sorts.descending("from")).into(new ArrayList<>());
    }

    /** Every child of a kind an entity has ever had, removed ones too. */
    public List<String> childIdsEver(String planId, String parentId, EntityKind kind) {
        return versions.distinct("entityId", and(eq("planId", planId), eq("parentId", parentId), eq("kind", kind.name())), String.class)
                .into(new ArrayList<>());
    }

    /** The plans that have an entity with this id. */
    public List<String> plansHaving(String entityId) {
        return versions.distinct("planId", eq("entityId", entityId), String.class).into(new ArrayList<>());
    }

    private static Bson at(long asAt) {
        return and(lte("from", asAt), or(eq("to", null), gt("to", asAt)));
    }

    private List<Node> find(Bson filter, long asAt) {
        return versions.find(filter).sort(Sorts.ascending("ordinal", "entityId"))
                .map(document -> Node.of(document, asAt))
                .into(new ArrayList<>());
    }
}
