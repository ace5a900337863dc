package io.plantrail.api;

import io.plantrail.history.EntityKind;
import io.plantrail.history.EntityVersions;
import io.plantrail.history.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The nested tree, one query per level however many entities: themes → priorities → outcomes
 * → targets, budget tables → lines, priority areas → tasks → progress.
 */
@Controller
class TreeBatches {

    private final EntityVersions versions;

    TreeBatches(EntityVersions versions) {
        this.versions = versions;
    }

    @BatchMapping(typeName = "Theme")
    Map<Node, List<Node>> priorities(List<Node> themes) {
        return children(themes, EntityKind.PRIORITY);
    }

    @BatchMapping(typeName = "Priority")
    Map<Node, List<Node>> outcomes(List<Node> priorities) {
        return children(priorities, EntityKind.OUTCOME);
    }

    @BatchMapping(typeName = "Outcome")
    Map<Node, List<Node>> targets(List<Node> outcomes) {
        return children(outcomes, EntityKind.TARGET);
    }

    @BatchMapping(typeName = "BudgetTable")
    Map<Node, List<Node>> lines(List<Node> tables) {
        return children(tables, EntityKind.BUDGET_LINE);
    }

    @BatchMapping(typeName = "PriorityArea")
    Map<Node, List<Node>> tasks(List<Node> areas) {
        return children(areas, EntityKind.TASK);
    }

    @BatchMapping(typeName = "Task")
    Map<Node, List<Node>> progress(List<Node> tasks) {
        return children(tasks, EntityKind.PROGRESS_ENTRY);
    }

    /** Parents asked about in one request share a plan and version; group in case they don't. */
    private Map<Node, List<Node>> children(List<Node> parents, EntityKind kind) {
        Map<Node, List<Node>> result = new LinkedHashMap<>();
        parents.stream()
                .collect(Collectors.groupingBy(parent -> parent.planId() + "@" + parent.asAt()))
                .values()
                .forEach(group -> {
                    Node first = group.get(0);
                    Map<String, List<Node>> byParent = versions
                            .children(first.planId(), kind, group.stream().map(Node::id).toList(), first.asAt())
                            .stream().collect(Collectors.groupingBy(Node::parentId));
                    group.forEach(parent -> result.put(parent, byParent.getOrDefault(parent.id(), List.of())));
                });
        return result;
    }
}
