package io.plantrail.readmodel.part;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.readmodel.Node;
import io.plantrail.plan.ServiceScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/**
 * A stored version's fields read as the types they were written from: figures were kept as
 * strings so none is rounded, times as ISO text, nested values as plain documents.
 */
final class StoredFields {

    private final Node node;

    StoredFields(Node node) {
        this.node = node;
    }

    String id() {
        return node.id();
    }

    String planId() {
        return node.planId();
    }

    String parentId() {
        return node.parentId();
    }

    long asAt() {
        return node.asAt();
    }

    long version() {
        return number("version").longValue();
    }

    LoggedChange lastChange() {
        Document change = (Document) node.get("lastChange");
        return change == null ? null : LoggedChange.of(change);
    }

    String text(String field) {
        return (String) node.get(field);
    }

    Number number(String field) {
        Object value = node.get(field);
        return value instanceof String text ? new BigDecimal(text) : (Number) value;
    }

    Integer integer(String field) {
        Number value = number(field);
        return value == null ? null : value.intValue();
    }

    Boolean bool(String field) {
        return (Boolean) node.get(field);
    }

    BigDecimal decimal(String field) {
        return decimal(node.get(field));
    }

    Instant instant(String field) {
        return instant(node.get(field));
    }

    List<String> texts(String field) {
        Object value = node.get(field);
        return value == null ? List.of() : ((List<?>) value).stream().map(String.class::cast).toList();
    }

    List<Gap> gaps() {
        return list("gaps", gap -> new Gap((String) gap.get("field"), kind(gap.get("kind")),
                (String) gap.get("wording"), (String) gap.get("note")));
    }

    List<Contact> contacts(String field) {
        return list(field, contact -> new Contact((String) contact.get("name"), (String) contact.get("phone"),
                (String) contact.get("personId"), (String) contact.get("sealed"), (String) contact.get("role"),
                (String) contact.get("team")));
    }

    List<Amount> amounts() {
        return list("amounts", amount -> new Amount((String) amount.get("column"), (String) amount.get("printed"),
                decimal(amount.get("value"))));
    }

    List<BudgetColumn> columns() {
        return list("columns", column -> new BudgetColumn((String) column.get("key"), (String) column.get("label"),
                (String) column.get("unit")));
    }

    List<ServiceScore> serviceScores() {
        return list("serviceScores", score -> new ServiceScore((String) score.get("service"),
                score.get("score") == null ? null : ((Number) score.get("score")).intValue()));
    }

    private <T> List<T> list(String field, Function<Map<?, ?>, T> read) {
        Object value = node.get(field);
        return value == null ? List.of() : ((List<?>) value).stream().map(item -> read.apply((Map<?, ?>) item)).toList();
    }

    private static GapKind kind(Object value) {
        return value == null ? null : GapKind.valueOf(value.toString());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant instant ? instant : Instant.parse(value.toString());
    }
}
