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
    private final StreamEnds streamEnds;

    IntegrityVerifier(MongoDatabase database, StreamEnds streamEnds) {
        this.events = database.getCollection("domainevents");
        this.streamEnds = streamEnds;
    }

    /** planVersion is the version the event made: its place in the stream, counted from 1 as plan versions are. */
    public record Broken(long sequenceNumber, String eventIdentifier, String payloadType, String problem) {

        public long planVersion() {
            return sequenceNumber + 1;
        }
    }

    /** The chain head at a draft: Draft {@code draftNumber}, marking plan version {@code planVersion}. */
    public record DraftDigest(int draftNumber, long planVersion, long sequenceNumber, String digest) {
    }

    public record Report(String planId, boolean ok, int checkedEvents, String head, Broken firstBroken,
                         List<Broken> broken, List<DraftDigest> draftDigests) {
    }

    /**
     * Checks every event of the plan, going on past a break (each later event against its own
     * recorded link), so one damaged event does not hide later ones. {@code lastKnownVersion} is
     * the plan version the application has recorded elsewhere (its read side): a log that ends
     * before it has lost its tail.
     */
    public Report verify(String planId, long lastKnownVersion) {
        String previous = HashChain.GENESIS;
        String head = HashChain.GENESIS;
        long expectedSequence = 0;
        int checked = 0;
        List<Broken> broken = new ArrayList<>();
        List<DraftDigest> drafts = new ArrayList<>();
        for (Document stored : events.find(eq("aggregateIdentifier", planId)).sort(Sorts.ascending("sequenceNumber"))) {
            long sequence = ((Number) stored.get("sequenceNumber")).longValue();
            Broken problem = check(stored, sequence, expectedSequence, previous);
            if (problem != null) {
                broken.add(problem);
            }
            previous = recordedHash(stored, previous);
            if (broken.isEmpty()) {
                head = previous;
            }
            if (isDraftIssued(stored.getString("payloadType"))) {
                drafts.add(new DraftDigest(drafts.size() + 1, sequence + 1, sequence, previous));
            }
            expectedSequence = sequence + 1;
            checked++;
        }
        if (lastKnownVersion > expectedSequence) {
            broken.add(new Broken(expectedSequence, "(missing)", "(missing)", "the log ends at plan version "
                    + expectedSequence + " but the application had recorded version " + lastKnownVersion
                    + ": events were removed from its end"));
        }
        return new Report(planId, broken.isEmpty(), checked, head, broken.isEmpty() ? null : broken.get(0), broken, drafts);
    }

    /** Stored as DraftIssued, or, before events had stored names, as its class name. */
    private static boolean isDraftIssued(String payloadType) {
        return payloadType != null && (payloadType.equals("DraftIssued") || payloadType.endsWith(".DraftIssued"));
    }

    static String recordedHash(Document stored, String otherwise) {
        try {
            Object recorded = metaData(stored).get(HashChain.HASH);
            return recorded == null ? otherwise : recorded.toString();
        } catch (RuntimeException unreadable) {
            return otherwise;
        }
    }

    /**
     * Checks only the newest event of the plan against the one before it: cheap enough for a
     * health check, and what a crash in the middle of a write would break. {@code expectedLength}
     * is where the stream is thought to end (the read side's version), to start looking from; the
     * read side only shows what was stored, so a stream that ends before it has lost its tail.
     */
    public Broken verifyHead(String planId, long expectedLength) {
        long length = streamEnds.length(planId, expectedLength);
        if (length < expectedLength) {
            return new Broken(length, null, null, "the stored log ends at version " + length + " but the plan was shown at version "
                    + expectedLength + ": events are missing from the end of the log");
        }
        if (length == 0) {
            return null;
        }
        Document head = streamEnds.event(planId, length - 1);
        Document before = length < 2 ? null : streamEnds.event(planId, length - 2);
        String previous = before == null ? HashChain.GENESIS : String.valueOf(metaData(before).get(HashChain.HASH));
        return check(head, length - 1, length - 1, previous);
    }

    /** One stored event against the link before it: null if it holds, else what is wrong. */
    static Broken check(Document stored, long sequence, long expectedSequence, String previous) {
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
        String recomputed = HashChain.hash(previous, new HashChain.StoredEvent(id, stored.getString("aggregateIdentifier"),
                sequence, stored.getString("timestamp"), type, stored.getString("payloadRevision"),
                String.valueOf(stored.get("serializedPayload")), metaData));
        if (!recomputed.equals(recorded)) {
            return new Broken(sequence, id, type, "its stored payload or metadata differ from what was hashed "
                    + "(recorded " + recorded + ", recomputed " + recomputed + ")");
        }
        return null;
    }

    static Map<String, Object> metaData(Document stored) {
        Object raw = stored.get("serializedMetaData");
        return raw instanceof Document document ? document : Document.parse(String.valueOf(raw));
    }
}
