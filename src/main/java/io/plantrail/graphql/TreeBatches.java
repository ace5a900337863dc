package io.plantrail.graphql;

import io.plantrail.readmodel.part.BudgetLine;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.Outcome;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Priority;
import io.plantrail.readmodel.part.PriorityArea;
import io.plantrail.readmodel.part.ProgressEntry;
import io.plantrail.readmodel.part.Target;
import io.plantrail.readmodel.part.Task;
import io.plantrail.readmodel.part.Theme;
import java.util.List;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The nested tree, one query per level however many entities: themes → priorities → outcomes
 * → targets, budget tables → lines, priority areas → tasks → progress. Each answers a list per
 * parent, in the parents' order.
 */
@Controller
class TreeBatches {

    private final PlanParts parts;

    TreeBatches(PlanParts parts) {
        this.parts = parts;
    }

    @BatchMapping(typeName = "Theme")
    List<List<Priority>> priorities(List<Theme> themes) {
        return parts.children(themes, Priority.class);
    }

    @BatchMapping(typeName = "Priority")
    List<List<Outcome>> outcomes(List<Priority> priorities) {
        return parts.children(priorities, Outcome.class);
    }

    @BatchMapping(typeName = "Outcome")
    List<List<Target>> targets(List<Outcome> outcomes) {
        return parts.children(outcomes, Target.class);
    }

    @BatchMapping(typeName = "BudgetTable")
    List<List<BudgetLine>> lines(List<BudgetTable> tables) {
        return parts.children(tables, BudgetLine.class);
    }

    @BatchMapping(typeName = "PriorityArea")
    List<List<Task>> tasks(List<PriorityArea> areas) {
        return parts.children(areas, Task.class);
    }

    @BatchMapping(typeName = "Task")
    List<List<ProgressEntry>> progress(List<Task> tasks) {
        return parts.children(tasks, ProgressEntry.class);
    }
}
