package io.plantrail.history;

/** A draft as the read side shows it: which plan version it marks, and who issued it when. */
record IssuedDraft(int number, String label, String documentDate, long version, String issuedAt, String issuedBy,
                   String reason) {
}
