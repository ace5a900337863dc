package io.plantrail.readmodel;

import io.plantrail.budget.Amount;
import io.plantrail.budget.PrintedAmount;
import io.plantrail.readmodel.part.BudgetLine;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.Draft;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Priority;
import io.plantrail.readmodel.part.ScrutinyQuestion;
import io.plantrail.readmodel.part.Target;
import io.plantrail.readmodel.part.Theme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What changed between two versions of a plan: entities added, removed and changed, field by
 * field (amounts column by column, with the difference), each with the events that made it.
 * Drafts are markers on the history, not content, so they are not listed.
 */
@Component
public class PlanDiff {

    private final PlanParts parts;
    private final ChangeLog log;

    PlanDiff(PlanParts parts, ChangeLog log) {
        this.parts = parts;
        this.log = log;
    }

    /** {@code unit}: the unit of the figures whose difference is given (%, £m, £000 …), where the plan says. */
    public record FieldChange(String field, Object before, Object after, BigDecimal difference, String unit) {
    }

    public record EntityChange(String entityId, String entityKind, String label, String change, String themeId,
                               String priorityId, String budgetTableId, List<FieldChange> fields, List<LoggedChange> events) {
    }

    /** Changes grouped by where they sit (theme, priority, budget table; any may be null), in the order found. */
    public static Map<List<String>, List<EntityChange>> byPlace(List<EntityChange> changes) {
        return changes.stream().collect(Collectors.groupingBy(
                change -> java.util.Arrays.asList(change.themeId(), change.priorityId(), change.budgetTableId()),
                LinkedHashMap::new, Collectors.toList()));
    }

    public List<EntityChange> between(String planId, long from, long to) {
        Map<String, PlanPart> before = byId(parts.everything(planId, from));
        Map<String, PlanPart> after = byId(parts.everything(planId, to));
        Map<String, List<LoggedChange>> events = log.between(planId, from, to).stream().map(LoggedChange::of)
                .filter(change -> change.entityId() != null)
                .collect(Collectors.groupingBy(LoggedChange::entityId));
        Map<String, PlanPart> everyone = new LinkedHashMap<>(before);
        everyone.putAll(after);
        List<EntityChange> changes = new ArrayList<>();
        for (PlanPart part : everyone.values()) {
            if (part instanceof Draft || part instanceof ScrutinyQuestion) {
                continue; // markers on the plan and questions about it, not its content
            }
            EntityChange change = compare(part.id(), before.get(part.id()), after.get(part.id()), everyone,
                    events.getOrDefault(part.id(), List.of()));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static EntityChange compare(String id, PlanPart before, PlanPart after, Map<String, PlanPart> everyone,
                                        List<LoggedChange> events) {
        PlanPart either = after != null ? after : before;
        String change = before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED";
        List<FieldChange> fields = fields(before, after, columnUnits(ancestor(before != null ? before : after, BudgetTable.class,
                everyone), everyone));
        if (change.equals("CHANGED") && fields.isEmpty()) {
            return null;
        }
        return new EntityChange(id, PlanParts.kindOf(either).name(), either.label(), change, ancestor(either, Theme.class, everyone),
                ancestor(either, Priority.class, everyone), ancestor(either, BudgetTable.class, everyone), fields, events);
    }

    /** Where a part sits and which version it is, not what it says. */
    private static final Set<String> NOT_CONTENT = Set.of("id", "parentId", "priorityId", "planId", "asAt", "version",
            "lastChange");

    private static List<FieldChange> fields(PlanPart before, PlanPart after, Map<String, String> columnUnits) {
        Map<String, Object> old = before == null ? Map.of() : ContentCodec.fields((Record) before);
        Map<String, Object> now = after == null ? Map.of() : ContentCodec.fields((Record) after);
        Set<String> keys = new java.util.LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        keys.removeAll(NOT_CONTENT);
        List<FieldChange> fields = new ArrayList<>();
        for (String key : keys) {
            if (key.equals("amounts")) {
                fields.addAll(amounts((BudgetLine) before, (BudgetLine) after, columnUnits));
            } else if (!Objects.equals(orNothing(old.get(key)), orNothing(now.get(key)))) {
                BigDecimal difference = difference(key, old.get(key), now.get(key));
                String unit = unit(after) != null ? unit(after) : unit(before);
                fields.add(new FieldChange(key, old.get(key), now.get(key), difference, difference == null ? null : unit));
            }
        }
        return fields;
    }

    /** The unit a target's figures are in; none for other parts. */
    private static String unit(PlanPart part) {
        return part instanceof Target target ? target.unit() : null;
    }

    /** A target's figures are stored as exact decimal text; no other text is taken for a figure. */
    private static final Set<String> FIGURES = Set.of("target", "baseline");
    private static final int MAX_SCALE = 100;

    private static BigDecimal difference(String field, Object before, Object after) {
        BigDecimal a = FIGURES.contains(field) ? figure(before) : null;
        BigDecimal b = FIGURES.contains(field) ? figure(after) : null;
        return a != null && b != null ? b.subtract(a) : null;
    }

    private static BigDecimal figure(Object value) {
        try {
            BigDecimal figure = value == null ? null : new BigDecimal(value.toString());
            // a figure with a vast exponent would make the subtraction itself vast: no difference is given
            return figure == null || Math.abs(figure.scale()) > MAX_SCALE ? null : figure;
        } catch (NumberFormatException notAFigure) {
            return null;
        }
    }

    /** An empty list or text is no value either: an entity added or removed lists only the fields it had. */
    private static Object orNothing(Object value) {
        return value instanceof List<?> list && list.isEmpty() || value instanceof String text && text.isEmpty() ? null : value;
    }

    /** Budget amounts compare column by column, with the difference where both are figures. */
    private static List<FieldChange> amounts(BudgetLine before, BudgetLine after, Map<String, String> columnUnits) {
        Map<String, Amount> old = byColumn(before);
        Map<String, Amount> now = byColumn(after);
        Set<String> columns = new java.util.LinkedHashSet<>(old.keySet());
        columns.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String column : columns) {
            String was = printed(old.get(column));
            String is = printed(now.get(column));
            if (!Objects.equals(was, is)) {
                BigDecimal a = PrintedAmount.valueOf(was);
                BigDecimal b = PrintedAmount.valueOf(is);
                BigDecimal difference = a != null && b != null ? b.subtract(a) : null;
                changes.add(new FieldChange("amounts." + column, was, is, difference, difference == null ? null : columnUnits.get(column)));
            }
        }
        return changes;
    }

    private static String printed(Amount amount) {
        return amount == null ? null : amount.printed();
    }

    private static Map<String, Amount> byColumn(BudgetLine line) {
        return line == null ? Map.of() : line.amounts().stream()
                .collect(Collectors.toMap(Amount::column, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }

    /** The unit of each column of a budget table (its key to £m, £000, % …); none for any other entity. */
    private static Map<String, String> columnUnits(String tableId, Map<String, PlanPart> everyone) {
        if (!(everyone.get(tableId) instanceof BudgetTable table)) {
            return Map.of();
        }
        Map<String, String> units = new LinkedHashMap<>();
        table.columns().stream().filter(column -> column.unit() != null)
                .forEach(column -> units.put(column.key(), column.unit()));
        return units;
    }

    /** The theme, priority or budget table an entity sits under, found through its parents. */
    private static String ancestor(PlanPart part, Class<? extends PlanPart> type, Map<String, PlanPart> everyone) {
        for (PlanPart at = part; at != null; at = at.parentId() == null ? null : everyone.get(at.parentId())) {
            if (type.isInstance(at)) {
                return at.id();
            }
        }
        return null;
    }

    private static Map<String, PlanPart> byId(List<PlanPart> parts) {
        return parts.stream().collect(Collectors.toMap(PlanPart::id, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }
}
