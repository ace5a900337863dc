package io.plantrail.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import org.bson.Document;

/**
 * One entity as at a plan version, shaped for the API: its details' fields, plus {@code id},
 * {@code parentId}, {@code asAt} (the plan version asked about), {@code since} and {@code version} (the version that
 * made it so) and {@code lastChange} (who, why, when).
 */
public final class Node extends LinkedHashMap<String, Object> {

    /** Lists the source may leave out; the API always answers them, empty when absent (in this order, after the rest). */
    private static final List<String> LISTS = List.of("actions", "plans", "indicators", "contacts", "gaps",
            "paragraphs", "findings", "serviceScores", "columns", "amounts", "officers");

    private static final List<String> LABEL_FIELDS = List.of("title", "name", "label", "heading", "description", "task", "summary");

    static Node of(Document version, long asAt) {
        Node node = new Node();
        version.get("details", Document.class).forEach((key, value) -> {
            if (value != null || !LISTS.contains(key)) {
                node.put(key, value);
            }
        });
        LISTS.forEach(list -> node.putIfAbsent(list, List.of()));
        node.put("planId", version.getString("planId"));
        node.put("kind", version.getString("kind"));
        node.put("id", version.getString("entityId"));
        node.put("parentId", version.getString("parentId"));
        node.put("asAt", asAt);
        node.put("since", version.getLong("from"));
        node.putIfAbsent("version", version.getLong("from")); // a draft's own version is the one it marks
        node.put("lastChange", version.get("change", Document.class));
        return node;
    }

    public String id() {
        return (String) get("id");
    }

    public String planId() {
        return (String) get("planId");
    }

    public String parentId() {
        return (String) get("parentId");
    }

    /** The plan version from which this version of the entity has been current. */
    public long since() {
        return (Long) get("since");
    }

    public long asAt() {
        return (Long) get("asAt");
    }

    /** The words a reader knows the entity by, whichever its kind has (MTBS-8 is "Budgeted Growth"); null if none. */
    public String label() {
        return LABEL_FIELDS.stream().map(this::get).filter(value -> value instanceof String text && !text.isBlank())
                .map(String.class::cast).findFirst().orElse(null);
    }
}
