package io.plantrail.readmodel;

import static io.plantrail.readmodel.EntityKind.BUDGET_LINE;
import static io.plantrail.readmodel.EntityKind.BUDGET_TABLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Evaluates the arithmetic each budget table declares ({@code checks} in the plan document) on
 * the figures as they stood at a plan version. The rules are data; this class knows only sums
 * and equal figures, rounding and units.
 */
@Component
public class BudgetChecks {

    private final EntityVersions versions;

    BudgetChecks(EntityVersions versions) {
        this.versions = versions;
    }

    public List<BudgetCheckResult> at(String planId, long asAt) {
        Map<String, Table> tables = tables(planId, asAt);
        List<BudgetCheckResult> results = new ArrayList<>();
        for (Table table : tables.values()) {
            for (Document rule : table.checks()) {
                results.addAll(evaluate(table, rule, tables));
            }
        }
        return results;
    }

    private Map<String, Table> tables(String planId, long asAt) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Node node : versions.all(planId, BUDGET_TABLE, asAt)) {
            tables.put(node.id(), Table.of(node));
        }
        for (Node line : versions.children(planId, BUDGET_LINE, tables.keySet(), asAt)) {
            tables.get(line.parentId()).add(line);
        }
        return tables;
    }

    private static List<BudgetCheckResult> evaluate(Table table, Document rule, Map<String, Table> tables) {
        return switch (rule.getString("kind")) {
            case "SUM_OF_LINES" -> sumOfLines(table, rule);
            case "SUM_OF_COLUMNS" -> sumOfColumns(table, rule);
            case "SUM_OF_CELLS" -> List.of(sumOfCells(table, rule, tables));
            case "SAME_FIGURE" -> List.of(sameFigure(table, rule, tables));
            default -> List.of(new BudgetCheckResult(table.id(), rule.getString("description"), BudgetCheckResult.CANNOT_CHECK,
                    table.id(), null, null, null, null, "The rule '" + rule.getString("kind") + "' is not one plantrail knows."));
        };
    }

    private static List<BudgetCheckResult> sumOfLines(Table table, Document rule) {
        List<String> columns = strings(rule, "columns").orElse(table.figureColumns());
        List<BudgetCheckResult> results = new ArrayList<>();
        for (String column : columns) {
            Term total = table.cell(rule.getString("total"), column);
            List<Term> parts = strings(rule, "parts").orElse(List.of()).stream().map(line -> table.cell(line, column)).toList();
            results.add(Sum.check(table.id(), rule, total, parts, table.unit(column)));
        }
        return results;
    }

    private static List<BudgetCheckResult> sumOfColumns(Table table, Document rule) {
        List<String> lines = strings(rule, "lines").orElse(table.lineLabels());
        List<BudgetCheckResult> results = new ArrayList<>();
        for (String line : lines) {
            Term total = table.cell(line, rule.getString("total"));
            List<Term> parts = strings(rule, "parts").orElse(List.of()).stream().map(column -> table.cell(line, column)).toList();
            results.add(Sum.check(table.id(), rule, total, parts, table.unit(rule.getString("total"))));
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private static BudgetCheckResult sumOfCells(Table table, Document rule, Map<String, Table> tables) {
        Term total = cell(table, rule.get("figure", Document.class), tables);
        List<Term> parts = ((List<Document>) rule.get("cells")).stream().map(part -> cell(table, part, tables)).toList();
        return Sum.check(table.id(), rule, total, parts, total.unit());
    }

    private static BudgetCheckResult sameFigure(Table table, Document rule, Map<String, Table> tables) {
        Term figure = cell(table, rule.get("figure", Document.class), tables);
        Term sameAs = cell(table, rule.get("sameAs", Document.class), tables);
        return Sum.same(table.id(), rule, figure, sameAs);
    }

    private static Term cell(Table home, Document reference, Map<String, Table> tables) {
        String tableId = reference.getString("table") == null ? home.id() : reference.getString("table");
        Table table = tables.get(tableId);
        if (table == null) {
            return Term.missing("table " + tableId, "there is no table " + tableId);
        }
        Term cell = table.cell(reference.getString("line"), reference.getString("column"));
        String unit = reference.getString("unit") == null ? cell.unit() : reference.getString("unit");
        boolean negated = Boolean.TRUE.equals(reference.getBoolean("negated"));
        return new Term(negated ? "minus " + cell.name() : cell.name(), negated && cell.value() != null ? cell.value().negate() : cell.value(),
                unit, cell.problem(), cell.blank());
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<String>> strings(Document rule, String field) {
        return Optional.ofNullable((List<String>) rule.get(field));
    }

    /** A budget table's columns, its lines by label, and its declared checks. */
    private record Table(String id, List<Document> columns, Map<String, Map<String, Document>> lines, List<Document> checks) {

        @SuppressWarnings("unchecked")
        static Table of(Node node) {
            List<Document> checks = node.get("checks") instanceof List<?> list ? (List<Document>) list : List.of();
            return new Table(node.id(), (List<Document>) node.get("columns"), new LinkedHashMap<>(), checks);
        }

        @SuppressWarnings("unchecked")
        void add(Node line) {
            Map<String, Document> amounts = new LinkedHashMap<>();
            for (Document amount : (List<Document>) line.get("amounts")) {
                amounts.put(amount.getString("column"), amount);
            }
            lines.put((String) line.get("label"), amounts);
        }

        Term cell(String line, String column) {
            String name = "'" + line + "' " + columnLabel(column) + " (" + id + ")";
            Map<String, Document> amounts = lines.get(line);
            if (amounts == null) {
                return Term.missing(name, "there is no line '" + line + "' in " + id);
            }
            Document amount = amounts.get(column);
            if (amount == null) {
                return Term.blank(name, unit(column));
            }
            String value = amount.getString("value");
            String printed = amount.getString("printed");
            return value == null ? Term.unreadable(name, printed, unit(column)) : Term.figure(name, new BigDecimal(value), unit(column));
        }

        List<String> figureColumns() {
            return columns.stream().filter(column -> !"%".equals(column.getString("unit"))).map(column -> column.getString("key")).toList();
        }

        List<String> lineLabels() {
            return List.copyOf(lines.keySet());
        }

        String unit(String column) {
            return columns.stream().filter(c -> column.equals(c.getString("key"))).map(c -> c.getString("unit")).findFirst().orElse(null);
        }

        String columnLabel(String column) {
            return columns.stream().filter(c -> column.equals(c.getString("key"))).map(c -> c.getString("label")).findFirst().orElse(column);
        }
    }
}
