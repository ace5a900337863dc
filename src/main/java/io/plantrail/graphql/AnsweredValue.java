package io.plantrail.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scalar {@code Value}: any field's value in a diff or a history, as plain JSON (a text, a
 * number, a list, an object such as a gap), never JSON inside a string. Answered only; no input
 * takes it.
 */
final class AnsweredValue implements Coercing<Object, Object> {

    static final GraphQLScalarType SCALAR = GraphQLScalarType.newScalar().name("Value").coercing(new AnsweredValue()).build();

    private AnsweredValue() {
    }

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
        return plain(value);
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = new LinkedHashMap<>();
            map.forEach((key, inner) -> object.put(String.valueOf(key), plain(inner)));
            return object;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AnsweredValue::plain).toList();
        }
        if (value instanceof Record record) {
            return plain(fields(record));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                ? value : value.toString();
    }

    /** A record's components by name, in their order: a revealed contact reads as personId, name, phone, erased. */
    private static Map<String, Object> fields(Record record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return fields;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        throw new CoercingParseValueException("A Value is only ever answered, never sent.");
    }

    @Override
    public Object parseLiteral(Value<?> literal, CoercedVariables variables, GraphQLContext context, Locale locale) {
        throw new CoercingParseLiteralException("A Value is only ever answered, never sent.");
    }
}
