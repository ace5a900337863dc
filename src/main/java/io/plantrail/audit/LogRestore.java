package io.plantrail.audit;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.plantrail.audit.IntegrityVerifier.Broken;
import io.plantrail.change.ChangeRejected;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.springframework.stereotype.Component;

/**
 * A plan rebuilt in a store from the log {@code GET /plans/{id}/log} exported: the backup story.
 * Every line is checked against the chain before anything is stored, so a file with one changed
 * byte is refused whole, naming its line. The events are then stored exactly as exported, in one
 * durable write, so the restored plan has the same versions, drafts and digests; the read side
 * builds itself from them as from any new event. A store that holds the start of the same log
 * (a restore cut short on a real MongoDB) is completed; any other events of the plan are a CONFLICT.
 */
@Component
public class LogRestore {

    public record Restored(String planId, int events, int alreadyThere, String head) {
    }

    private final MongoCollection<Document> events;

    LogRestore(MongoDatabase database) {
        this.events = database.getCollection("domainevents").withWriteConcern(WriteConcern.JOURNALED);
    }

    public Restored restore(List<String> lines) {
        List<Document> log = verified(lines);
        String planId = log.get(0).getString("aggregateIdentifier");
        int there = eventsAlreadyThere(planId, log);
        if (there < log.size()) {
            events.insertMany(new ArrayList<>(log.subList(there, log.size())));
        }
        return new Restored(planId, log.size(), there, IntegrityVerifier.recordedHash(log.get(log.size() - 1), null));
    }

    private static List<Document> verified(List<String> lines) {
        List<Document> log = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Document stored = parsed(lines.get(i), i + 1);
            if (!log.isEmpty() && !log.get(0).getString("aggregateIdentifier").equals(stored.getString("aggregateIdentifier"))) {
                throw refused(i + 1, "it belongs to another plan, " + stored.getString("aggregateIdentifier"));
            }
            Broken broken = IntegrityVerifier.check(stored, sequenceOf(stored, i + 1), log.size(), previous);
            if (broken != null) {
                throw refused(i + 1, broken.problem());
            }
            previous = IntegrityVerifier.recordedHash(stored, previous);
            log.add(stored);
        }
        if (log.isEmpty()) {
            throw ChangeRejected.invalid("The file holds no events; nothing was restored.");
        }
        return log;
    }

    private static Document parsed(String line, int number) {
        try {
            Document stored = Document.parse(line);
            stored.remove("_id");
            return stored;
        } catch (JsonParseException e) {
            throw refused(number, "it is not a stored event (not JSON)");
        }
    }

    private static long sequenceOf(Document stored, int line) {
        if (!(stored.get("sequenceNumber") instanceof Number sequence)) {
            throw refused(line, "it has no sequence number");
        }
        return sequence.longValue();
    }

    private int eventsAlreadyThere(String planId, List<Document> log) {
        List<Document> there = events.find(eq("aggregateIdentifier", planId)).sort(Sorts.ascending("sequenceNumber"))
                .into(new ArrayList<>());
        for (int i = 0; i < there.size(); i++) {
            if (i >= log.size() || !there.get(i).getString("eventIdentifier").equals(log.get(i).getString("eventIdentifier"))) {
                throw ChangeRejected.conflict("The store already holds plan '" + planId + "' with other events; "
                        + "restore into an empty store. Nothing was restored.");
            }
        }
        return there.size();
    }

    private static ChangeRejected refused(int line, String problem) {
        return ChangeRejected.invalid("Line " + line + " of the log does not check out: " + problem + ". Nothing was restored.");
    }
}
