package io.plantrail.readmodel;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the plan still lacks as at a version: every flagged gap still open, where it is, and
 * since which version it has been open, so the committee sees what is missing before the final draft.
 */
@Component
public class Completeness {

    private static final int WALK_BACK_CHUNK = 16;

    private final EntityVersions versions;
    private final PlanParts parts;

    Completeness(EntityVersions versions, PlanParts parts) {
        this.versions = versions;
        this.parts = parts;
    }

    public record OpenGap(String entityId, String entityKind, String label, String parentId, String field, String kind,
                          String wording, String note, long since, String sinceTime) {
    }

    public List<OpenGap> openGaps(String planId, long asAt) {
        List<OpenGap> open = new ArrayList<>();
        for (PlanPart part : parts.everything(planId, asAt)) {
            if (part.gaps().isEmpty()) {
                continue;
            }
            Map<String, StoredVersion> openedAt = openedAt(planId, part);
            for (Gap gap : part.gaps()) {
                StoredVersion opened = openedAt.get(key(part.id(), gap));
                open.add(new OpenGap(part.id(), PlanParts.kindOf(part).name(), part.label(), part.parentId(), gap.field(),
                        gap.kind() == null ? null : gap.kind().name(), gap.wording(), gap.note(),
                        opened.since(), opened.change().getString("time")));
            }
        }
        return open;
    }

    /**
     * For each gap of a part, the version from which it has been open without a break: its
     * versions are read backwards, a few at a time, only as far as the oldest of its gaps goes.
     */
    private Map<String, StoredVersion> openedAt(String planId, PlanPart part) {
        StoredVersion current = versions.versionsBefore(planId, part.id(), part.version() + 1, 1).get(0);
        Map<String, StoredVersion> openedAt = new HashMap<>();
        gapKeys(part.id(), current).forEach(key -> openedAt.put(key, current));
        Set<String> stillOpen = new HashSet<>(openedAt.keySet());
        long before = part.version();
        while (!stillOpen.isEmpty()) {
            List<StoredVersion> older = versions.versionsBefore(planId, part.id(), before, WALK_BACK_CHUNK);
            for (StoredVersion version : older) {
                Set<String> keys = gapKeys(part.id(), version);
                stillOpen.retainAll(keys);
                stillOpen.forEach(key -> openedAt.put(key, version));
                if (stillOpen.isEmpty()) {
                    break;
                }
            }
            if (older.size() < WALK_BACK_CHUNK) {
                break;
            }
            before = older.get(older.size() - 1).since();
        }
        return openedAt;
    }

    /** The gaps of any kind of part, read from a stored version of it. */
    private record Gaps(List<Gap> gaps) {
    }

    private static Set<String> gapKeys(String entityId, StoredVersion version) {
        Set<String> keys = new HashSet<>();
        for (Gap gap : version.as(Gaps.class).gaps()) {
            keys.add(key(entityId, gap));
        }
        return keys;
    }

    private static String key(String entityId, Gap gap) {
        return entityId + "|" + gap.field() + "|" + gap.kind();
    }
}
