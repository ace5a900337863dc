package io.plantrail.readmodel.part;

import static io.plantrail.readmodel.EntityKind.BUDGET_LINE;
import static io.plantrail.readmodel.EntityKind.BUDGET_TABLE;
import static io.plantrail.readmodel.EntityKind.CPA;
import static io.plantrail.readmodel.EntityKind.DRAFT;
import static io.plantrail.readmodel.EntityKind.IMPROVEMENT_AREA;
import static io.plantrail.readmodel.EntityKind.LPSA_TARGET;
import static io.plantrail.readmodel.EntityKind.OUTCOME;
import static io.plantrail.readmodel.EntityKind.PRIORITY;
import static io.plantrail.readmodel.EntityKind.PROGRESS_ENTRY;
import static io.plantrail.readmodel.EntityKind.SECTION;
import static io.plantrail.readmodel.EntityKind.TARGET;
import static io.plantrail.readmodel.EntityKind.TASK;
import static io.plantrail.readmodel.EntityKind.THEME;

import io.plantrail.readmodel.EntityKind;
import io.plantrail.readmodel.EntityVersions;
import io.plantrail.readmodel.Node;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The plan's parts as at a plan version, typed: what the API answers about the plan's content. */
@Component
public class PlanParts {

    /** Where each type of part is kept on the read side, and how it is read from a stored version. */
    private record Kind(EntityKind stored, Function<StoredFields, ? extends PlanPart> read) {
    }

    private static final Map<Class<? extends PlanPart>, Kind> KINDS = Map.ofEntries(
            Map.entry(Draft.class, new Kind(DRAFT, Draft::read)),
            Map.entry(Section.class, new Kind(SECTION, Section::read)),
            Map.entry(Theme.class, new Kind(THEME, Theme::read)),
            Map.entry(Priority.class, new Kind(PRIORITY, Priority::read)),
            Map.entry(Outcome.class, new Kind(OUTCOME, Outcome::read)),
            Map.entry(Target.class, new Kind(TARGET, Target::read)),
            Map.entry(LpsaTarget.class, new Kind(LPSA_TARGET, LpsaTarget::read)),
            Map.entry(CpaAssessment.class, new Kind(CPA, CpaAssessment::read)),
            Map.entry(BudgetTable.class, new Kind(BUDGET_TABLE, BudgetTable::read)),
            Map.entry(BudgetLine.class, new Kind(BUDGET_LINE, BudgetLine::read)),
            Map.entry(PriorityArea.class, new Kind(IMPROVEMENT_AREA, PriorityArea::read)),
            Map.entry(Task.class, new Kind(TASK, Task::read)),
            Map.entry(ProgressEntry.class, new Kind(PROGRESS_ENTRY, ProgressEntry::read)));

    private final EntityVersions versions;

    PlanParts(EntityVersions versions) {
        this.versions = versions;
    }

    /** Every part of this type as at the plan version, in plan order. */
    public <P extends PlanPart> List<P> all(String planId, Class<P> type, long asAt) {
        return typed(versions.all(planId, KINDS.get(type).stored(), asAt), type);
    }

    /** The parts of this type that pass the test, in plan order. */
    public <P extends PlanPart> List<P> matching(String planId, Class<P> type, Predicate<Node> test, long asAt) {
        return typed(versions.matching(planId, KINDS.get(type).stored(), test, asAt), type);
    }

    /** Whether the plan has a part with this id, of any type, as at the plan version. */
    public boolean has(String planId, String id, long asAt) {
        return versions.one(planId, id, asAt) != null;
    }

    /** The one with this id as at the plan version, if it is of this type; null if not. */
    public <P extends PlanPart> P one(String planId, String id, Class<P> type, long asAt) {
        Node node = versions.one(planId, id, asAt);
        return node == null || !KINDS.get(type).stored().name().equals(node.get("kind")) ? null : as(node, type);
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
        List<Node> children = versions.children(first.planId(), KINDS.get(type).stored(), ids, first.asAt());
        Map<String, List<C>> byParent = typed(children, type)
                .stream().collect(Collectors.groupingBy(PlanPart::parentId));
        Map<PlanPart, List<C>> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, byParent.getOrDefault(parent.id(), List.of())));
        return result;
    }

    private static <P extends PlanPart> List<P> typed(List<Node> nodes, Class<P> type) {
        return nodes.stream().map(node -> as(node, type)).toList();
    }

    private static <P extends PlanPart> P as(Node node, Class<P> type) {
        return type.cast(KINDS.get(type).read().apply(new StoredFields(node)));
    }
}
