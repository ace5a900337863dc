package io.plantrail.readmodel;

import io.plantrail.budget.BudgetCheckResult;
import io.plantrail.budget.TableArithmetic;
import io.plantrail.budget.TableArithmetic.Table;
import io.plantrail.readmodel.part.BudgetLine;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.PlanParts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The arithmetic each budget table declares, checked on its figures as they stood at a plan version. */
@Component
public class BudgetChecks {

    private final PlanParts parts;

    BudgetChecks(PlanParts parts) {
        this.parts = parts;
    }

    public List<BudgetCheckResult> at(String planId, long asAt) {
        List<BudgetTable> stored = parts.all(planId, BudgetTable.class, asAt);
        Map<String, Table> tables = new LinkedHashMap<>();
        stored.forEach(table -> tables.put(table.id(), new Table(table.id(), table.columns(), table.checks())));
        List<List<BudgetLine>> lines = parts.children(stored, BudgetLine.class);
        lines.stream().flatMap(List::stream)
                .forEach(line -> tables.get(line.parentId()).addLine(line.label(), line.amounts()));
        return TableArithmetic.check(tables);
    }
}
