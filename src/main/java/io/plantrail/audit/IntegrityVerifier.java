package io.plantrail.audit;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Recomputes a plan's integrity chain from the events exactly as stored in MongoDB, behind the
 * application's back, and reports the first event whose stored form no longer matches.
 */
@Component
public class IntegrityVerifier {

    private final MongoCollection<Document> events;

    IntegrityVerifier(MongoDatabase database) {
        this.events = database.getCollection("domainevents");
    }

    public record Broken(long sequenceNumber, String eventIdentifier, String payloadType, String problem) {
    }

    public record DraftDigest(long sequenceNumber, String digest) {
    }

    public record Report(String planId, boolean ok, int checkedEvents, String head, Broken firstBroken,
                         List<DraftDigest> draftDigests) {
    }

    public Report verify(String planId) {
        String previous = HashChain.GENESIS;
        long expectedSequence = 0;
        int checked = 0;
        List<DraftDigest> drafts = new ArrayList<>();
        for (Document stored : events.find(eq("aggregateIdentifier", planId)).sort(Sorts.ascending("sequenceNumber"))) {
            long sequence = ((Number) stored.get("sequenceNumber")).longValue();
            Broken broken = check(stored, sequence, expectedSequence, previous);
            if (broken != null) {
                return new Report(planId, false, checked, previous, broken, drafts);
            }
            previous = metaData(stored).get(HashChain.HASH).toString();
            if (stored.getString("payloadType").endsWith(".DraftIssued")) {
                drafts.add(new DraftDigest(sequence, previous));
            }
            expectedSequence = sequence + 1;
            checked++;
        }
        return new Report(planId, true, checked, previous, null, drafts);
    }

    /**
     * Checks only the newest event of the plan against the one before it: cheap enough for a
     * health check, and what a crash in the middle of a write would break.
     */
    public Broken verifyHead(String planId) {
        List<Document> lastTwo = events.find(eq("aggregateIdentifier", planId))
                .sort(Sorts.descending("sequenceNumber")).limit(2).into(new ArrayList<>());
        if (lastTwo.isEmpty()) {
            return null;
        }
        Document head = lastTwo.get(0);
        long sequence = ((Number) head.get("sequenceNumber")).longValue();
        String previous = lastTwo.size() < 2 ? HashChain.GENESIS : String.valueOf(metaData(lastTwo.get(1)).get(HashChain.HASH));
        long expectedSequence = lastTwo.size() < 2 ? 0 : ((Number) lastTwo.get(1).get("sequenceNumber")).longValue() + 1;
        return check(head, sequence, expectedSequence, previous);
    }

    private static Broken check(Document stored, long sequence, long expectedSequence, String previous) {
        String id = stored.getString("eventIdentifier");
        String type = stored.getString("payloadType");
        if (sequence != expectedSequence) {
            return new Broken(sequence, id, type, "event " + expectedSequence + " of the stream is missing");
        }
        Map<String, Object> metaData;
        try {
            metaData = metaData(stored);
        } catch (RuntimeException unreadable) {
            return new Broken(sequence, id, type, "its stored metadata can no longer be read");
        }
        Object recorded = metaData.get(HashChain.HASH);
        if (recorded == null) {
            return new Broken(sequence, id, type, "it carries no hash");
        }
        String recomputed = HashChain.hash(previous, id, stored.getString("aggregateIdentifier"), sequence, type,
                String.valueOf(stored.get("serializedPayload")), metaData);
        if (!recomputed.equals(recorded)) {
            return new Broken(sequence, id, type, "its stored payload or metadata differ from what was hashed "
                    + "(recorded " + recorded + ", recomputed " + recomputed + ")");
        }
        return null;
    }

    private static Map<String, Object> metaData(Document stored) {
        Object raw = stored.get("serializedMetaData");
        return raw instanceof Document document ? document : Document.parse(String.valueOf(raw));
    }
}
