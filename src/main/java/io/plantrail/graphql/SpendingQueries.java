package io.plantrail.graphql;

import io.plantrail.monitoring.Period;
import io.plantrail.readmodel.part.BudgetLine;
import io.plantrail.readmodel.part.BudgetSpend;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.PlanParts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Forecasts and spend against the budget's lines on two time axes, like readings: the period a
 * report is for, and the point the plan is read at. The budget a report is held to is the line's
 * figure for the period's year as at that same point, so a variance shown then is shown again.
 */
@Controller
class SpendingQueries {

    private final PlanParts parts;

    SpendingQueries(PlanParts parts) {
        this.parts = parts;
    }

    @SchemaMapping(typeName = "BudgetLine")
    List<BudgetSpend> spending(BudgetLine line, @Argument String period) {
        if (period != null) {
            BudgetSpend one = parts.one(line.planId(), line.id() + "@" + Period.parse(period), BudgetSpend.class, line.asAt());
            return one == null ? List.of() : List.of(one);
        }
        return parts.children(List.of(line), BudgetSpend.class).get(0).stream()
                .sorted(Comparator.comparing(spend -> Period.parse(spend.period()))).toList();
    }

    @SchemaMapping
    BigDecimal budget(BudgetSpend spend) {
        BudgetLine line = parts.one(spend.planId(), spend.lineId(), BudgetLine.class, spend.asAt());
        return line == null ? null : line.amounts().stream().filter(amount -> amount.column().equals(spend.column()))
                .map(amount -> amount.value()).findFirst().orElse(null);
    }

    @SchemaMapping
    String unit(BudgetSpend spend) {
        BudgetLine line = parts.one(spend.planId(), spend.lineId(), BudgetLine.class, spend.asAt());
        BudgetTable table = line == null ? null : parts.one(spend.planId(), line.parentId(), BudgetTable.class, spend.asAt());
        return table == null ? null : table.columns().stream().filter(column -> column.key().equals(spend.column()))
                .map(column -> column.unit()).findFirst().orElse(null);
    }

    @SchemaMapping
    BigDecimal variance(BudgetSpend spend) {
        BigDecimal budget = budget(spend);
        return budget == null || spend.forecast() == null ? null : spend.forecast().subtract(budget);
    }
}
