package io.plantrail.readmodel.part;

import static io.plantrail.readmodel.EntityKind.BUDGET_LINE;
import static io.plantrail.readmodel.EntityKind.BUDGET_SPEND;
import static io.plantrail.readmodel.EntityKind.BUDGET_TABLE;
import static io.plantrail.readmodel.EntityKind.CPA;
import static io.plantrail.readmodel.EntityKind.DRAFT;
import static io.plantrail.readmodel.EntityKind.IMPROVEMENT_AREA;
import static io.plantrail.readmodel.EntityKind.LPSA_TARGET;
import static io.plantrail.readmodel.EntityKind.MEASURE;
import static io.plantrail.readmodel.EntityKind.OUTCOME;
import static io.plantrail.readmodel.EntityKind.PRIORITY;
import static io.plantrail.readmodel.EntityKind.PROGRESS_ENTRY;
import static io.plantrail.readmodel.EntityKind.READING;
import static io.plantrail.readmodel.EntityKind.SCRUTINY_QUESTION;
import static io.plantrail.readmodel.EntityKind.SECTION;
import static io.plantrail.readmodel.EntityKind.TARGET;
import static io.plantrail.readmodel.EntityKind.TASK;
import static io.plantrail.readmodel.EntityKind.THEME;

import io.plantrail.readmodel.EntityKind;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.StoredVersion;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The plan's parts as at a plan version, typed: what the API answers about the plan's content. */
@Component
public class PlanParts {

    /** Where each type of part is kept on the read side. */
    private static final Map<Class<? extends PlanPart>, EntityKind> KINDS = Map.ofEntries(
            Map.entry(Draft.class, DRAFT),
            Map.entry(Section.class, SECTION),
            Map.entry(Theme.class, THEME),
            Map.entry(Priority.class, PRIORITY),
            Map.entry(Outcome.class, OUTCOME),
            Map.entry(Target.class, TARGET),
            Map.entry(LpsaTarget.class, LPSA_TARGET),
            Map.entry(CpaAssessment.class, CPA),
            Map.entry(BudgetTable.class, BUDGET_TABLE),
            Map.entry(BudgetLine.class, BUDGET_LINE),
            Map.entry(PriorityArea.class, IMPROVEMENT_AREA),
            Map.entry(Task.class, TASK),
            Map.entry(ProgressEntry.class, PROGRESS_ENTRY),
            Map.entry(Measure.class, MEASURE),
            Map.entry(Reading.class, READING),
            Map.entry(BudgetSpend.class, BUDGET_SPEND),
            Map.entry(ScrutinyQuestion.class, SCRUTINY_QUESTION));

    private static final Map<EntityKind, Class<? extends PlanPart>> TYPES = KINDS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private final EntityVersions versions;

    PlanParts(EntityVersions versions) {
        this.versions = versions;
    }

    /** Every part of this type as at the plan version, in plan order. */
    public <P extends PlanPart> List<P> all(String planId, Class<P> type, long asAt) {
        return typed(versions.all(planId, KINDS.get(type), asAt), type);
    }

    /** The parts of this type that pass the test, in plan order. */
    public <P extends PlanPart> List<P> matching(String planId, Class<P> type, Predicate<? super P> test, long asAt) {
        return all(planId, type, asAt).stream().filter(test).toList();
    }

    /** Every part of the plan as at the plan version, of every type, in plan order. */
    public List<PlanPart> everything(String planId, long asAt) {
        return versions.everything(planId, asAt).stream().<PlanPart>map(stored -> stored.as(TYPES.get(stored.kind()))).toList();
    }

    /** How the read side and the log name a part's type ({@code OUTCOME}, {@code BUDGET_LINE} …). */
    public static EntityKind kindOf(PlanPart part) {
        return KINDS.get(part.getClass());
    }

    /** Whether the plan has a part with this id, of any type, as at the plan version. */
    public boolean has(String planId, String id, long asAt) {
        return versions.one(planId, id, asAt) != null;
    }

    /** The part with this id as at the plan version, whatever its type; null if there is none. */
    public PlanPart one(String planId, String id, long asAt) {
        StoredVersion stored = versions.one(planId, id, asAt);
        return stored == null ? null : stored.as(TYPES.get(stored.kind()));
    }

    /** The one with this id as it was first added, if it is of this type; null if not. */
    public <P extends PlanPart> P first(String planId, String id, Class<P> type) {
        StoredVersion stored = versions.first(planId, id);
        return stored == null || stored.kind() != KINDS.get(type) ? null : stored.as(type);
    }

    /** The one with this id as at the plan version, if it is of this type; null if not. */
    public <P extends PlanPart> P one(String planId, String id, Class<P> type, long asAt) {
        StoredVersion stored = versions.one(planId, id, asAt);
        return stored == null || stored.kind() != KINDS.get(type) ? null : stored.as(type);
    }

    /** Where the children of this type under these parents sit as at the plan version, none of them read. */
    public List<EntityVersions.Placed> placesOfChildren(String planId, Class<? extends PlanPart> type, Collection<String> parentIds,
                                                        long asAt) {
        return versions.placesOfChildren(planId, KINDS.get(type), parentIds, asAt);
    }

    /** The parts of this type with these ids as at the plan version, in plan order: a few of many, read alone. */
    public <P extends PlanPart> List<P> these(String planId, Class<P> type, Collection<String> ids, long asAt) {
        return typed(versions.these(planId, KINDS.get(type), ids, asAt), type);
    }

    /**
     * The children of this type of each parent, in the parents' order, read in one go for parents
     * that share a plan and version (those of one answer always do).
     */
    public <C extends PlanPart> List<List<C>> children(List<? extends PlanPart> parents, Class<C> type) {
        Map<PlanPart, List<C>> found = new LinkedHashMap<>();
        parents.stream().collect(Collectors.groupingBy(parent -> parent.planId() + "@" + parent.asAt()))
                .values().forEach(group -> found.putAll(childrenOfOnePoint(group, type)));
        return parents.stream().map(parent -> found.getOrDefault(parent, List.of())).toList();
    }

    private <C extends PlanPart> Map<PlanPart, List<C>> childrenOfOnePoint(List<? extends PlanPart> parents, Class<C> type) {
        PlanPart first = parents.get(0);
        Collection<String> ids = parents.stream().map(PlanPart::id).toList();
        List<StoredVersion> children = versions.children(first.planId(), KINDS.get(type), ids, first.asAt());
        Map<String, List<C>> byParent = typed(children, type)
                .stream().collect(Collectors.groupingBy(PlanPart::parentId));
        Map<PlanPart, List<C>> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, byParent.getOrDefault(parent.id(), List.of())));
        return result;
    }

    private static <P extends PlanPart> List<P> typed(List<StoredVersion> stored, Class<P> type) {
        return stored.stream().map(version -> version.as(type)).toList();
    }
}
