package io.plantrail.history;

/** A draft as the read side shows it: which plan version it marks, who issued it when, and its chain digest. */
record IssuedDraft(int number, String label, String documentDate, long version, String issuedAt, String issuedBy,
                   String reason, String digest) {
}
