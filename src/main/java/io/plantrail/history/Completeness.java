package io.plantrail.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * What the plan still lacks as at a version: every flagged gap still open, where it is, and
 * since which version it has been open, so the committee sees what is missing before the final draft.
 */
@Component
public class Completeness {

    private final EntityVersions versions;

    Completeness(EntityVersions versions) {
        this.versions = versions;
    }

    public record OpenGap(String entityId, String entityKind, String parentId, String field, String kind,
                          String wording, String note, long since, String sinceTime) {
    }

    public List<OpenGap> openGaps(String planId, long asAt) {
        Map<String, Document> openedAt = firstSeen(planId, asAt);
        List<OpenGap> open = new ArrayList<>();
        for (Node node : versions.everything(planId, asAt)) {
            for (Object item : (List<?>) node.get("gaps")) {
                Document gap = (Document) item;
                Document opened = openedAt.get(key(node.id(), gap));
                open.add(new OpenGap(node.id(), (String) node.get("kind"), node.parentId(), gap.getString("field"),
                        gap.getString("kind"), gap.getString("wording"), gap.getString("note"),
                        opened.getLong("from"), opened.get("change", Document.class).getString("time")));
            }
        }
        return open;
    }

    /** For each gap, the version from which it has been open without a break. */
    private Map<String, Document> firstSeen(String planId, long asAt) {
        Map<String, Document> openedAt = new HashMap<>();
        Map<String, List<String>> previousGaps = new HashMap<>();
        for (Document version : versions.versionsUpTo(planId, asAt)) {
            String entityId = version.getString("entityId");
            List<String> keys = new ArrayList<>();
            for (Document gap : version.get("details", Document.class).getList("gaps", Document.class, List.of())) {
                String key = key(entityId, gap);
                keys.add(key);
                if (!previousGaps.getOrDefault(entityId, List.of()).contains(key)) {
                    openedAt.put(key, version);
                }
            }
            previousGaps.put(entityId, keys);
        }
        return openedAt;
    }

    private static String key(String entityId, Document gap) {
        return entityId + "|" + gap.getString("field") + "|" + gap.getString("kind");
    }
}
