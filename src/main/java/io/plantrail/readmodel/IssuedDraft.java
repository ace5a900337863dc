package io.plantrail.readmodel;

/** A draft as the read side shows it: which plan version it marks, who issued it when, and its chain digest. */
record IssuedDraft(int number, String label, String documentDate, long version, String issuedAt, String issuedBy,
                   String reason, String digest) {

    private static final String ID_PREFIX = "DRAFT-";

    static String idOf(int number) {
        return ID_PREFIX + number;
    }

    static int numberOf(String entityId) {
        return Integer.parseInt(entityId.substring(ID_PREFIX.length()));
    }
}
