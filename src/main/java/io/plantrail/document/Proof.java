package io.plantrail.document;

import io.plantrail.audit.ChainDigests;
import org.springframework.stereotype.Component;

/**
 * What a document made as at a point prints last: the plan version it was made from, the log's
 * chain head there, and how to check a copy (printed, saved, a PDF) against an exported log with
 * the offline verifier, so a report a council published can be proved years later.
 */
@Component
class Proof {

    private final ChainDigests digests;

    Proof(ChainDigests digests) {
        this.digests = digests;
    }

    void write(DocumentWriter out, String planId, long... versions) {
        out.heading(1, "How to check this document");
        StringBuilder madeFrom = new StringBuilder("Made from plan ").append(planId).append(" as at ");
        StringBuilder check = new StringBuilder();
        for (int i = 0; i < versions.length; i++) {
            String digest = digests.at(planId, versions[i]);
            madeFrom.append(i == 0 ? "" : " and ").append("plan version ").append(versions[i])
                    .append(" (the log's chain head there: ").append(digest == null ? "none" : digest).append(")");
            if (digest != null) {
                check.append(" --at ").append(versions[i]).append(' ').append(digest);
            }
        }
        out.paragraph(madeFrom.append('.').toString());
        out.paragraph("To check a copy against the log: export the plan's log (GET /plans/" + planId
                + "/log as an auditor, or java -jar plantrail.jar export DIR), then run python3 audit-tools/verify_log.py LOG"
                + check + ". It recomputes every event's hash from the log and confirms each digest only if nothing up to "
                + "that version was changed.");
    }
}
