package io.plantrail.audit;

import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The digest a document made as at a plan version prints: the chain's hash at the event that made
 * that version, read by its key. The offline verifier recomputes it from an exported log, so a
 * paper or PDF copy can be checked against the log years later.
 */
@Component
public class ChainDigests {

    private final StreamEnds streams;

    ChainDigests(StreamEnds streams) {
        this.streams = streams;
    }

    /** The hash recorded with the event that made plan version {@code planVersion}; null if there is none. */
    public String at(String planId, long planVersion) {
        Document event = planVersion < 1 ? null : streams.event(planId, planVersion - 1);
        if (event == null) {
            return null;
        }
        Object hash = IntegrityVerifier.metaData(event).get(HashChain.HASH);
        return hash == null ? null : hash.toString();
    }
}
