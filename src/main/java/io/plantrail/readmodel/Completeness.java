package io.plantrail.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * What the plan still lacks as at a version: every flagged gap still open, where it is, and
 * since which version it has been open, so the committee sees what is missing before the final draft.
 */
@Component
public class Completeness {

    private static final int WALK_BACK_CHUNK = 16;

    private final EntityVersions versions;

    Completeness(EntityVersions versions) {
        this.versions = versions;
    }

    public record OpenGap(String entityId, String entityKind, String label, String parentId, String field, String kind,
                          String wording, String note, long since, String sinceTime) {
    }

    public List<OpenGap> openGaps(String planId, long asAt) {
        List<OpenGap> open = new ArrayList<>();
        for (Node node : versions.everything(planId, asAt)) {
            List<?> gaps = (List<?>) node.get("gaps");
            if (gaps.isEmpty()) {
                continue;
            }
            Map<String, Document> openedAt = openedAt(planId, node);
            for (Object item : gaps) {
                Document gap = (Document) item;
                Document opened = openedAt.get(key(node.id(), gap));
                open.add(new OpenGap(node.id(), (String) node.get("kind"), node.label(), node.parentId(), gap.getString("field"),
                        gap.getString("kind"), gap.getString("wording"), gap.getString("note"),
                        opened.getLong("from"), opened.get("change", Document.class).getString("time")));
            }
        }
        return open;
    }

    /**
     * For each gap of an entity, the version from which it has been open without a break: its
     * versions are read backwards, a few at a time, only as far as the oldest of its gaps goes.
     */
    private Map<String, Document> openedAt(String planId, Node node) {
        List<Document> current = versions.versionsBefore(planId, node.id(), node.since() + 1, 1);
        Map<String, Document> openedAt = new HashMap<>();
        gapKeys(node.id(), current.get(0)).forEach(key -> openedAt.put(key, current.get(0)));
        Set<String> stillOpen = new HashSet<>(openedAt.keySet());
        long before = node.since();
        while (!stillOpen.isEmpty()) {
            List<Document> older = versions.versionsBefore(planId, node.id(), before, WALK_BACK_CHUNK);
            for (Document version : older) {
                Set<String> keys = gapKeys(node.id(), version);
                stillOpen.retainAll(keys);
                stillOpen.forEach(key -> openedAt.put(key, version));
                if (stillOpen.isEmpty()) {
                    break;
                }
            }
            if (older.size() < WALK_BACK_CHUNK) {
                break;
            }
            before = older.get(older.size() - 1).getLong("from");
        }
        return openedAt;
    }

    private static Set<String> gapKeys(String entityId, Document version) {
        Set<String> keys = new HashSet<>();
        for (Document gap : version.get("details", Document.class).getList("gaps", Document.class, List.of())) {
            keys.add(key(entityId, gap));
        }
        return keys;
    }

    private static String key(String entityId, Document gap) {
        return entityId + "|" + gap.getString("field") + "|" + gap.getString("kind");
    }
}
