package io.plantrail.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the arithmetic each budget table declares ({@link BudgetCheck}) on its figures as they
 * stood at one point. The rules are data; this knows only sums and equal figures, rounding and units.
 */
public final class TableArithmetic {

    private TableArithmetic() {
    }

    /** A budget table's columns, its declared checks and its lines by label, each line's amounts by column. */
    public record Table(String id, List<BudgetColumn> columns, List<BudgetCheck> checks,
                        Map<String, Map<String, Amount>> lines) {

        public Table(String id, List<BudgetColumn> columns, List<BudgetCheck> checks) {
            this(id, columns, checks, new LinkedHashMap<>());
        }

        public void addLine(String label, List<Amount> amounts) {
            Map<String, Amount> byColumn = new LinkedHashMap<>();
            amounts.forEach(amount -> byColumn.put(amount.column(), amount));
            lines.put(label, byColumn);
        }

        Term cell(String line, String column) {
            String name = "'" + line + "' " + columnLabel(column) + " (" + id + ")";
            Map<String, Amount> amounts = lines.get(line);
            if (amounts == null) {
                return Term.missing(name, "there is no line '" + line + "' in " + id);
            }
            Amount amount = amounts.get(column);
            if (amount == null) {
                return Term.blank(name, unit(column));
            }
            return amount.value() == null ? Term.unreadable(name, amount.printed(), unit(column))
                    : Term.figure(name, amount.value(), unit(column));
        }

        List<String> figureColumns() {
            return columns.stream().filter(column -> !"%".equals(column.unit())).map(BudgetColumn::key).toList();
        }

        List<String> lineLabels() {
            return List.copyOf(lines.keySet());
        }

        String unit(String column) {
            return columns.stream().filter(c -> column.equals(c.key())).map(BudgetColumn::unit).findFirst().orElse(null);
        }

        String columnLabel(String column) {
            return columns.stream().filter(c -> column.equals(c.key())).map(BudgetColumn::label).findFirst().orElse(column);
        }
    }

    /** Every declared check of every table, in the tables' order; a check may name cells of another table. */
    public static List<BudgetCheckResult> check(Map<String, Table> tables) {
        List<BudgetCheckResult> results = new ArrayList<>();
        for (Table table : tables.values()) {
            for (BudgetCheck rule : table.checks()) {
                results.addAll(evaluate(table, rule, tables));
            }
        }
        return results;
    }

    private static List<BudgetCheckResult> evaluate(Table table, BudgetCheck rule, Map<String, Table> tables) {
        return switch (rule.kind()) {
            case SUM_OF_LINES -> sumOfLines(table, rule);
            case SUM_OF_COLUMNS -> sumOfColumns(table, rule);
            case SUM_OF_CELLS -> List.of(sumOfCells(table, rule, tables));
            case SAME_FIGURE -> List.of(sameFigure(table, rule, tables));
        };
    }

    private static List<BudgetCheckResult> sumOfLines(Table table, BudgetCheck rule) {
        List<BudgetCheckResult> results = new ArrayList<>();
        for (String column : orAll(rule.columns(), table.figureColumns())) {
            Term total = table.cell(rule.total(), column);
            List<Term> parts = orNone(rule.parts()).stream().map(line -> table.cell(line, column)).toList();
            results.add(Sum.check(table.id(), rule, total, parts, table.unit(column)));
        }
        return results;
    }

    private static List<BudgetCheckResult> sumOfColumns(Table table, BudgetCheck rule) {
        List<BudgetCheckResult> results = new ArrayList<>();
        for (String line : orAll(rule.lines(), table.lineLabels())) {
            Term total = table.cell(line, rule.total());
            List<Term> parts = orNone(rule.parts()).stream().map(column -> table.cell(line, column)).toList();
            results.add(Sum.check(table.id(), rule, total, parts, table.unit(rule.total())));
        }
        return results;
    }

    private static BudgetCheckResult sumOfCells(Table table, BudgetCheck rule, Map<String, Table> tables) {
        Term total = cell(table, rule.figure(), tables);
        List<Term> parts = orNone(rule.cells()).stream().map(part -> cell(table, part, tables)).toList();
        return Sum.check(table.id(), rule, total, parts, total.unit());
    }

    private static BudgetCheckResult sameFigure(Table table, BudgetCheck rule, Map<String, Table> tables) {
        Term figure = cell(table, rule.figure(), tables);
        Term sameAs = cell(table, rule.sameAs(), tables);
        return Sum.same(table.id(), rule, figure, sameAs);
    }

    private static Term cell(Table home, BudgetCheck.Cell reference, Map<String, Table> tables) {
        String tableId = reference.table() == null ? home.id() : reference.table();
        Table table = tables.get(tableId);
        if (table == null) {
            return Term.missing("table " + tableId, "there is no table " + tableId);
        }
        Term cell = table.cell(reference.line(), reference.column());
        String unit = reference.unit() == null ? cell.unit() : reference.unit();
        boolean negated = Boolean.TRUE.equals(reference.negated());
        BigDecimal value = negated && cell.value() != null ? cell.value().negate() : cell.value();
        return new Term(negated ? "minus " + cell.name() : cell.name(), value, unit, cell.problem(), cell.blank());
    }

    /** A rule that names no columns (or lines) checks every one: a rule that checks none says nothing. */
    private static List<String> orAll(List<String> named, List<String> all) {
        return named == null || named.isEmpty() ? all : named;
    }

    private static <T> List<T> orNone(List<T> listed) {
        return listed == null ? List.of() : listed;
    }
}
