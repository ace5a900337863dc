package io.plantrail.readmodel;

import io.plantrail.budget.PrintedAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * What changed between two versions of a plan: entities added, removed and changed, field by
 * field (amounts column by column, with the difference), each with the events that made it.
 * Drafts are markers on the history, not content, so they are not listed.
 */
@Component
public class PlanDiff {

    private final EntityVersions versions;
    private final ChangeLog log;

    PlanDiff(EntityVersions versions, ChangeLog log) {
        this.versions = versions;
        this.log = log;
    }

    /** {@code unit}: the unit of the figures whose difference is given (%, £m, £000 …), where the plan says. */
    public record FieldChange(String field, Object before, Object after, BigDecimal difference, String unit) {
    }

    public record EntityChange(String entityId, String entityKind, String label, String change, String themeId,
                               String priorityId, String budgetTableId, List<FieldChange> fields, List<Document> events) {
    }

    /** Changes grouped by where they sit (theme, priority, budget table; any may be null), in the order found. */
    public static Map<List<String>, List<EntityChange>> byPlace(List<EntityChange> changes) {
        return changes.stream().collect(Collectors.groupingBy(
                change -> java.util.Arrays.asList(change.themeId(), change.priorityId(), change.budgetTableId()),
                LinkedHashMap::new, Collectors.toList()));
    }

    public List<EntityChange> between(String planId, long from, long to) {
        Map<String, Node> before = byId(versions.everything(planId, from));
        Map<String, Node> after = byId(versions.everything(planId, to));
        Map<String, List<Document>> events = log.between(planId, from, to).stream()
                .filter(change -> change.getString("entityId") != null)
                .collect(Collectors.groupingBy(change -> change.getString("entityId")));
        Map<String, Node> everyone = new LinkedHashMap<>(before);
        everyone.putAll(after);
        List<EntityChange> changes = new ArrayList<>();
        for (Node node : everyone.values()) {
            if (EntityKind.DRAFT.name().equals(node.get("kind"))) {
                continue;
            }
            EntityChange change = compare(node.id(), before.get(node.id()), after.get(node.id()), everyone,
                    events.getOrDefault(node.id(), List.of()));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static EntityChange compare(String id, Node before, Node after, Map<String, Node> everyone,
                                        List<Document> events) {
        Node either = after != null ? after : before;
        String change = before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED";
        List<FieldChange> fields = fields(before, after, columnUnits(ancestor(before != null ? before : after, "BUDGET_TABLE",
                everyone), everyone));
        if (change.equals("CHANGED") && fields.isEmpty()) {
            return null;
        }
        String kind = (String) either.get("kind");
        return new EntityChange(id, kind, either.label(), change, ancestor(either, "THEME", everyone),
                ancestor(either, "PRIORITY", everyone), ancestor(either, "BUDGET_TABLE", everyone), fields, events);
    }

    private static final Set<String> NOT_CONTENT = Set.of("id", "parentId", "planId", "kind", "asAt", "since",
            "version", "lastChange");

    private static List<FieldChange> fields(Node before, Node after, Map<String, String> columnUnits) {
        Map<String, Object> old = before == null ? Map.of() : before;
        Map<String, Object> now = after == null ? Map.of() : after;
        Set<String> keys = new java.util.LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        keys.removeAll(NOT_CONTENT);
        List<FieldChange> fields = new ArrayList<>();
        for (String key : keys) {
            if (key.equals("amounts")) {
                fields.addAll(amounts(old.get(key), now.get(key), columnUnits));
            } else if (!Objects.equals(orNothing(old.get(key)), orNothing(now.get(key)))) {
                BigDecimal difference = difference(key, old.get(key), now.get(key));
                Object unit = now.get("unit") != null ? now.get("unit") : old.get("unit");
                fields.add(new FieldChange(key, old.get(key), now.get(key), difference,
                        difference == null || unit == null ? null : unit.toString()));
            }
        }
        return fields;
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
    private static List<FieldChange> amounts(Object before, Object after, Map<String, String> columnUnits) {
        Map<String, Document> old = byColumn(before);
        Map<String, Document> now = byColumn(after);
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

    private static String printed(Document amount) {
        return amount == null ? null : amount.getString("printed");
    }

    private static Map<String, Document> byColumn(Object amounts) {
        if (!(amounts instanceof List<?> list)) {
            return Map.of();
        }
        return list.stream().map(Document.class::cast)
                .collect(Collectors.toMap(a -> a.getString("column"), Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }

    /** The unit of each column of a budget table (its key to £m, £000, % …); none for any other entity. */
    private static Map<String, String> columnUnits(String tableId, Map<String, Node> everyone) {
        Node table = tableId == null ? null : everyone.get(tableId);
        if (table == null || !(table.get("columns") instanceof List<?> columns)) {
            return Map.of();
        }
        Map<String, String> units = new LinkedHashMap<>();
        columns.stream().map(Document.class::cast).filter(c -> c.getString("unit") != null)
                .forEach(c -> units.put(c.getString("key"), c.getString("unit")));
        return units;
    }

    /** The theme, priority or budget table an entity sits under, found through its parents. */
    private static String ancestor(Node node, String kind, Map<String, Node> everyone) {
        for (Node at = node; at != null; at = everyone.get(at.parentId())) {
            if (kind.equals(at.get("kind"))) {
                return at.id();
            }
        }
        return null;
    }

    private static Map<String, Node> byId(List<Node> nodes) {
        return nodes.stream().collect(Collectors.toMap(Node::id, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }
}
