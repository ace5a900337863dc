package io.plantrail.readmodel;

/**
 * Where one stored version of an entity sits in its plan's history: current from plan version
 * {@code from} (inclusive) until {@code to} (exclusive; null while it is still current).
 */
record Span(String planId, String entityId, EntityKind kind, String parentId, long ordinal, long from, Long to) {

    static final String[] STORED_FIELDS = {"planId", "entityId", "kind", "parentId", "ordinal", "from", "to"};

    static Span of(org.bson.Document version) {
        return new Span(version.getString("planId"), version.getString("entityId"), EntityKind.valueOf(version.getString("kind")),
                version.getString("parentId"), version.getLong("ordinal"), version.getLong("from"), version.getLong("to"));
    }

    /** The stored version's {@code _id}: the plan is part of it, as two plans may use the same entity ids. */
    static String documentId(String planId, String entityId, long from) {
        return planId + "/" + entityId + "@" + from;
    }

    String documentId() {
        return documentId(planId, entityId, from);
    }

    boolean currentAt(long planVersion) {
        return from <= planVersion && (to == null || to > planVersion);
    }

    boolean isOpen() {
        return to == null;
    }

    Span reopened() {
        return new Span(planId, entityId, kind, parentId, ordinal, from, null);
    }

    Span endedAt(long planVersion) {
        return new Span(planId, entityId, kind, parentId, ordinal, from, planVersion);
    }
}
