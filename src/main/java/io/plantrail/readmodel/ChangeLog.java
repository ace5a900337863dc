package io.plantrail.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The plan's log, one document per event: which version it made, of which entity, by whom, why, when. */
@Component
public class ChangeLog {

    static final String COLLECTION = "changes";

    private static final int READ_CHUNK = 500;

    private final MongoCollection<Document> changes;
    private final PlanRecords plans;
    private final ReadSideWriter writer;

    /** Times as fixed-width text (nine decimals), so that comparing the text compares the instants. */
    private static final DateTimeFormatter SORTABLE = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z').toFormatter().withZone(ZoneOffset.UTC);
    private static final String SORTABLE_TIME = "sortableTime";

    ChangeLog(MongoDatabase database, PlanRecords plans, ReadSideWriter writer) {
        this.writer = writer;
        this.changes = ReadSideCollections.of(database, COLLECTION);
        this.plans = plans;
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
        writer.write(COLLECTION, new ReplaceOneModel<>(eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true)));
        return entry;
    }

    /** The values one field of the plan's changes takes (actor, type), each once, sorted. */
    public List<String> valuesOf(String planId, String field) {
        List<String> values = new ArrayList<>();
        changes.distinct(field, eq("planId", planId), String.class).into(values);
        values.removeIf(Objects::isNull);
        values.sort(null);
        return values;
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
        List<Document> found = new ArrayList<>();
        for (long from = fromExclusive + 1; from <= toInclusive; from += READ_CHUNK) {
            found.addAll(range(planId, from, Math.min(toInclusive, from + READ_CHUNK - 1)));
        }
        return found;
    }

    /** The changes that made plan versions {@code from} to {@code to}, oldest first, read by key. */
    List<Document> range(String planId, long from, long to) {
        List<String> ids = LongStream.rangeClosed(Math.max(1, from), to).mapToObj(version -> planId + "@" + version).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> found = changes.find(Filters.in("_id", ids)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(change -> change.getLong("planVersion")));
        return found;
    }

    /**
     * The plan's log, newest first, optionally for one actor or event type and within a time
     * window; {@code beforeVersion} pages backwards. Asks for one more than {@code limit} so the
     * caller knows whether a next page exists. Read backwards by key, first just the page and then in
     * growing chunks, so a page costs what it holds (and what a narrow filter has to pass over), not
     * the whole log.
     */
    public List<Document> page(String planId, String actor, String type, Instant from, Instant to,
                               Long beforeVersion, int limit) {
        Predicate<Document> wanted = wanted(actor, type, from, to);
        long newest = beforeVersion != null ? beforeVersion - 1 : plans.version(planId);
        List<Document> found = new ArrayList<>();
        // the first read is just the page; a filter that passes over many changes reads further, in growing steps
        int step = limit + 1;
        for (long upper = newest; upper >= 1 && found.size() <= limit; upper -= step, step = Math.min(READ_CHUNK, step * 4)) {
            List<Document> chunk = range(planId, Math.max(1, upper - step + 1), upper);
            for (int i = chunk.size() - 1; i >= 0 && found.size() <= limit; i--) {
                if (wanted.test(chunk.get(i))) {
                    found.add(chunk.get(i));
                }
            }
        }
        return found;
    }

    private static Predicate<Document> wanted(String actor, String type, Instant from, Instant to) {
        Predicate<Document> wanted = change -> true;
        if (actor != null) {
            wanted = wanted.and(change -> actor.equals(change.getString("actor")));
        }
        if (type != null) {
            wanted = wanted.and(change -> type.equals(change.getString("type")));
        }
        if (from != null) {
            String earliest = sortable(from);
            wanted = wanted.and(change -> change.getString(SORTABLE_TIME).compareTo(earliest) >= 0);
        }
        if (to != null) {
            String latest = sortable(to);
            wanted = wanted.and(change -> change.getString(SORTABLE_TIME).compareTo(latest) <= 0);
        }
        return wanted;
    }
}
