package io.plantrail.history;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The plan's log, one document per event: which version it made, of which entity, by whom, why, when. */
@Component
public class ChangeLog {

    static final String COLLECTION = "changes";

    private final MongoCollection<Document> changes;

    /** Times as fixed-width text (nine decimals), so that comparing the text compares the instants. */
    private static final DateTimeFormatter SORTABLE = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z').toFormatter().withZone(ZoneOffset.UTC);
    private static final String SORTABLE_TIME = "sortableTime";

    ChangeLog(MongoDatabase database) {
        this.changes = ReadSideCollections.of(database, COLLECTION);
        changes.createIndex(Indexes.ascending("planId", SORTABLE_TIME));
        addSortableTimesToOlderEntries();
    }

    private void addSortableTimesToOlderEntries() {
        for (Document entry : changes.find(Filters.exists(SORTABLE_TIME, false))) {
            changes.updateOne(eq("_id", entry.get("_id")),
                    com.mongodb.client.model.Updates.set(SORTABLE_TIME, sortable(Instant.parse(entry.getString("time")))));
        }
    }

    private static String sortable(Instant time) {
        return SORTABLE.format(time);
    }

    Document record(Change change, String entityId) {
        Document entry = change.toDocument().append("_id", change.planId() + "@" + change.planVersion())
                .append("planId", change.planId()).append("entityId", entityId)
                .append(SORTABLE_TIME, sortable(change.time()));
        changes.replaceOne(eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
        return entry;
    }

    /** The plan version in force at an instant: that of the last change made at or before it; 0 if none. */
    public long versionAt(String planId, Instant time) {
        Document last = changes.find(and(eq("planId", planId), lte(SORTABLE_TIME, sortable(time))))
                .sort(Sorts.descending("planVersion")).first();
        return last == null ? 0 : last.getLong("planVersion");
    }

    public Document at(String planId, long planVersion) {
        return changes.find(eq("_id", planId + "@" + planVersion)).first();
    }

    /** The changes that took the plan from one version to a later one, oldest first. */
    public List<Document> between(String planId, long fromExclusive, long toInclusive) {
        return changes.find(and(eq("planId", planId), gt("planVersion", fromExclusive), lte("planVersion", toInclusive)))
                .sort(Sorts.ascending("planVersion")).into(new ArrayList<>());
    }

    /**
     * The plan's log, newest first, optionally for one actor or event type and within a time
     * window; {@code beforeVersion} pages backwards. Asks for one more than {@code limit} so the
     * caller knows whether a next page exists.
     */
    public List<Document> page(String planId, String actor, String type, Instant from, Instant to,
                               Long beforeVersion, int limit) {
        List<org.bson.conversions.Bson> filters = new ArrayList<>(List.of(eq("planId", planId)));
        if (actor != null) {
            filters.add(eq("actor", actor));
        }
        if (type != null) {
            filters.add(eq("type", type));
        }
        if (from != null) {
            filters.add(Filters.gte(SORTABLE_TIME, sortable(from)));
        }
        if (to != null) {
            filters.add(lte(SORTABLE_TIME, sortable(to)));
        }
        if (beforeVersion != null) {
            filters.add(com.mongodb.client.model.Filters.lt("planVersion", beforeVersion));
        }
        return changes.find(and(filters)).sort(Sorts.descending("planVersion")).limit(limit + 1)
                .into(new ArrayList<>());
    }
}
