package io.plantrail.graphql;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.monitoring.Period;
import io.plantrail.readmodel.part.BudgetLine;
import io.plantrail.readmodel.part.BudgetSpend;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Forecasts and spend against the budget's lines on two time axes, like readings: the period a
 * report is for, and the point the plan is read at. The budget a report is held to is the line's
 * figure for the period's year as at that same point, so a variance shown then is shown again.
 * The worked-out fields are batched: each line and table is read once per answer.
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

    /** The year's figure and its unit a report is held to, read from its line and table as at the report's point. */
    private record HeldTo(BigDecimal budget, String unit) {
    }

    @BatchMapping(typeName = "BudgetSpend")
    Map<BudgetSpend, BigDecimal> budget(List<BudgetSpend> spends) {
        Map<BudgetSpend, HeldTo> held = heldTo(spends);
        return each(spends, spend -> held.get(spend).budget());
    }

    @BatchMapping(typeName = "BudgetSpend")
    Map<BudgetSpend, String> unit(List<BudgetSpend> spends) {
        Map<BudgetSpend, HeldTo> held = heldTo(spends);
        return each(spends, spend -> held.get(spend).unit());
    }

    @BatchMapping(typeName = "BudgetSpend")
    Map<BudgetSpend, BigDecimal> variance(List<BudgetSpend> spends) {
        Map<BudgetSpend, HeldTo> held = heldTo(spends);
        return each(spends, spend -> {
            BigDecimal budget = held.get(spend).budget();
            return budget == null || spend.forecast() == null ? null : spend.forecast().subtract(budget);
        });
    }

    /** Each report's line and table, each line and table read once per answer. */
    private Map<BudgetSpend, HeldTo> heldTo(List<BudgetSpend> spends) {
        Map<String, PlanPart> read = new HashMap<>();
        return each(spends, spend -> {
            BudgetLine line = (BudgetLine) partAt(read, spend, spend.lineId());
            BudgetTable table = line == null ? null : (BudgetTable) partAt(read, spend, line.parentId());
            BigDecimal budget = line == null ? null : line.amounts().stream().filter(amount -> amount.column().equals(spend.column()))
                    .map(Amount::value).filter(Objects::nonNull).findFirst().orElse(null);
            String unit = table == null ? null : table.columns().stream().filter(column -> column.key().equals(spend.column()))
                    .map(BudgetColumn::unit).findFirst().orElse(null);
            return new HeldTo(budget, unit);
        });
    }

    private PlanPart partAt(Map<String, PlanPart> read, BudgetSpend spend, String id) {
        return read.computeIfAbsent(spend.planId() + "/" + spend.asAt() + "/" + id, key -> parts.one(spend.planId(), id, spend.asAt()));
    }

    private static <V> Map<BudgetSpend, V> each(List<BudgetSpend> spends, Function<BudgetSpend, V> value) {
        Map<BudgetSpend, V> values = new LinkedHashMap<>();
        spends.forEach(spend -> values.put(spend, value.apply(spend)));
        return values;
    }
}
