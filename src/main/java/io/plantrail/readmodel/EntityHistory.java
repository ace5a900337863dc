package io.plantrail.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
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

    /** One page of an entity's history, newest first, and how many entries the whole history has. */
    public record Page(int total, List<Entry> entries, boolean hasNext) {
    }

    /** Where an entry sits, known from the version index alone: its documents are read only for the page asked. */
    private record Slot(long planVersion, Span version, Span previous, boolean removal) {
    }

    /**
     * The entries after the one at {@code afterVersion} (from the newest if null), at most {@code size};
     * null if the entity has no history in this plan. Reads only the versions on the page.
     */
    public Page page(String planId, String entityId, Long afterVersion, int size) {
        List<Slot> slots = slots(planId, entityId);
        if (slots.isEmpty()) {
            return null;
        }
        int start = afterVersion == null ? 0 : position(slots, afterVersion) + 1;
        List<Slot> shown = slots.subList(Math.min(start, slots.size()), Math.min(start + size, slots.size()));
        List<Span> drafts = versions.spansAt(planId, EntityKind.DRAFT, plans.version(planId));
        Map<String, Document> stored = new HashMap<>();
        versions.documents(shown.stream().flatMap(slot -> Stream.of(slot.version(), slot.previous()))
                .filter(Objects::nonNull).distinct().toList())
                .forEach(document -> stored.put(document.getString("_id"), document));
        List<Entry> entries = shown.stream().map(slot -> slot.removal()
                ? removal(planId, slot, drafts)
                : version(stored.get(slot.version().documentId()),
                        slot.previous() == null ? null : stored.get(slot.previous().documentId()), drafts)).toList();
        return new Page(slots.size(), entries, start + size < slots.size());
    }

    private List<Slot> slots(String planId, String entityId) {
        List<Span> spans = versions.spansOf(planId, entityId);
        List<Slot> slots = new ArrayList<>(slotsOf(spans));
        if (!spans.isEmpty() && spans.get(0).kind() == EntityKind.TASK) {
            for (String progressId : versions.childIdsEver(planId, entityId, EntityKind.PROGRESS_ENTRY)) {
                slots.addAll(slotsOf(versions.spansOf(planId, progressId)));
            }
            slots.sort(Comparator.comparingLong(Slot::planVersion).reversed());
        }
        return slots;
    }

    private static List<Slot> slotsOf(List<Span> newestFirst) {
        List<Slot> slots = new ArrayList<>();
        if (!newestFirst.isEmpty() && newestFirst.get(0).to() != null) {
            slots.add(new Slot(newestFirst.get(0).to(), newestFirst.get(0), null, true));
        }
        for (int i = 0; i < newestFirst.size(); i++) {
            slots.add(new Slot(newestFirst.get(i).from(), newestFirst.get(i),
                    i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null, false));
        }
        return slots;
    }

    private static int position(List<Slot> slots, long planVersion) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).planVersion() == planVersion) {
                return i;
            }
        }
        throw io.plantrail.change.ChangeRejected.invalid("The cursor does not belong to this history.");
    }

    private Entry removal(String planId, Slot slot, List<Span> drafts) {
        long removedAt = slot.planVersion();
        Document change = log.at(planId, removedAt);
        return new Entry(slot.version().entityId(), removedAt, change.getString("type"), change.getString("actor"),
                change.getString("reason"), change.getString("time"), draftInForce(removedAt, drafts), List.of(), null);
    }

    private static Entry version(Document version, Document previous, List<Span> drafts) {
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

    /**
     * The last draft issued before the change: the draft the change was made against. A draft marks
     * the plan version just before the one that issued it, so it is in force from its own version on.
     */
    private static Integer draftInForce(long planVersion, List<Span> drafts) {
        return drafts.stream()
                .filter(draft -> draft.from() <= planVersion)
                .map(draft -> IssuedDraft.numberOf(draft.entityId()))
                .max(Integer::compare)
                .orElse(null);
    }
}
