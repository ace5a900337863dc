package io.plantrail.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Every version of one entity, newest first: the event that made it, who, why, when, the plan
 * version, the draft in force, and the fields it changed. A removal is a version too. A task's
 * history holds its progress entries as well: what was reported, when, as the tracker reads.
 */
@Component
public class EntityHistory {

    private final EntityVersions versions;
    private final ChangeLog log;
    private final PlanRecords plans;

    EntityHistory(EntityVersions versions, ChangeLog log, PlanRecords plans) {
        this.versions = versions;
        this.log = log;
        this.plans = plans;
    }

    /** One version of an entity; {@code details} is null for a removal. */
    public record Entry(String entityId, long planVersion, String type, String actor, String reason, String time,
                        Integer draftInForce, List<String> changedFields, Document details) {
    }

    public List<Entry> of(String planId, String entityId) {
        List<Node> drafts = versions.all(planId, EntityKind.DRAFT, plans.version(planId));
        List<Document> stored = versions.versionsOf(planId, entityId);
        List<Entry> entries = new ArrayList<>(versionsOf(planId, stored, drafts));
        if (!stored.isEmpty() && EntityKind.TASK.name().equals(stored.get(0).getString("kind"))) {
            for (String progressId : versions.childIdsEver(planId, entityId, EntityKind.PROGRESS_ENTRY)) {
                entries.addAll(versionsOf(planId, versions.versionsOf(planId, progressId), drafts));
            }
            entries.sort(Comparator.comparingLong(Entry::planVersion).reversed());
        }
        return entries;
    }

    private List<Entry> versionsOf(String planId, List<Document> stored, List<Node> drafts) {
        List<Entry> entries = new ArrayList<>();
        if (!stored.isEmpty() && stored.get(0).get("to") != null) {
            entries.add(removal(planId, stored.get(0), drafts));
        }
        for (int i = 0; i < stored.size(); i++) {
            Document previous = i + 1 < stored.size() ? stored.get(i + 1) : null;
            entries.add(version(stored.get(i), previous, drafts));
        }
        return entries;
    }

    private Entry removal(String planId, Document last, List<Node> drafts) {
        long removedAt = last.getLong("to");
        Document change = log.at(planId, removedAt);
        return new Entry(last.getString("entityId"), removedAt, change.getString("type"), change.getString("actor"), change.getString("reason"),
                change.getString("time"), draftInForce(removedAt, drafts), List.of(), null);
    }

    private static Entry version(Document version, Document previous, List<Node> drafts) {
        Document change = version.get("change", Document.class);
        Document details = version.get("details", Document.class);
        List<String> changed = previous == null
                ? new ArrayList<>(details.keySet())
                : changedFields(previous.get("details", Document.class), details);
        long planVersion = version.getLong("from");
        return new Entry(version.getString("entityId"), planVersion, change.getString("type"), change.getString("actor"),
                change.getString("reason"), change.getString("time"), draftInForce(planVersion, drafts), changed,
                details);
    }

    private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        return after.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).toList();
    }

    /** The last draft issued before the change: the draft the change was made against. */
    private static Integer draftInForce(long planVersion, List<Node> drafts) {
        return drafts.stream()
                .filter(draft -> ((Number) draft.get("version")).longValue() < planVersion)
                .map(draft -> ((Number) draft.get("number")).intValue())
                .max(Integer::compare)
                .orElse(null);
    }
}
