package io.plantrail.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Date, DateTime and Decimal: dates as ISO strings, figures as exact decimal strings; Value, plain JSON. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring
                .scalar(scalar("Date", "a date such as 2004-04-07", ScalarConfiguration::saneDate))
                .scalar(scalar("DateTime", "a time such as 2026-11-22T10:15:30Z", ScalarConfiguration::saneTime))

                .scalar(scalar("Decimal", "a figure such as 229.337 (at most 20 digits before the point and 10 after)",
                        ScalarConfiguration::boundedDecimal))
                .scalar(AnsweredValue.SCALAR);
    }

    /** Puts {@link #ID} in place of graphql-java's own ID scalar, which a wiring may not redefine. */
    @Bean
    GraphQlSourceBuilderCustomizer strictIds() {
        return builder -> builder.typeVisitorsToTransformSchema(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                return scalar.getName().equals("ID") && scalar != ID ? changeNode(context, ID) : TraversalControl.CONTINUE;
            }
        }));
    }

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,10})?");
    private static final Pattern PLAIN_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern PLAIN_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})");
    /** The years a council plan, its drafts and its readings can be about. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    /** Ids are texts (or whole numbers, as GraphQL allows); graphql-java's own ID would take {"$gt": ""} as its toString. */
    private static final GraphQLScalarType ID = GraphQLScalarType.newScalar(graphql.Scalars.GraphQLID)
            .coercing(new IdCoercing()).build();

    /**
     * A council figure written plainly, as it is printed: digits with an optional point and minus,
     * ASCII digits only, no exponent, no spaces ("1e3", " 1" and Arabic-Indic digits are refused).
     */
    private static BigDecimal boundedDecimal(String text) {
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a plain decimal");
        }
        return new BigDecimal(text);
    }

    /** A figure sent as a JSON number; "1e999999999" would be a billion digits when printed, so it is refused. */
    private static BigDecimal boundedNumber(Number number) {
        BigDecimal value;
        if (number instanceof BigDecimal decimal) {
            if (decimal.scale() < 0) {
                throw new NumberFormatException("an exponent");
            }
            value = decimal;
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new NumberFormatException("not finite");
            }
            value = BigDecimal.valueOf(d);
        } else {
            value = new BigDecimal(number.toString());
        }
        if (value.scale() > 10 || value.precision() - value.scale() > 20) {
            throw new NumberFormatException("out of range");
        }
        return value;
    }

    private static LocalDate saneDate(String text) {
        if (!PLAIN_DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("out of range", text, 0);
        }
        return date;
    }

    private static Instant saneTime(String text) {
        if (!PLAIN_TIME.matcher(text).matches()) {
            throw new DateTimeParseException("not an ISO time", text, 0);
        }
        Instant time = java.time.OffsetDateTime.parse(text).toInstant();
        int year = time.atOffset(java.time.ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeParseException("out of range", text, 0);
        }
        return time;
    }

    private static GraphQLScalarType scalar(String name, String example, Function<String, Object> parse) {
        return GraphQLScalarType.newScalar().name(name).coercing(new TextCoercing(name, example, parse)).build();
    }

    /** An id: a text, or a whole number sent as one; anything else (an object, a list, a figure) is refused. */
    private static final class IdCoercing implements Coercing<Object, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value.toString();
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String || input instanceof Integer || input instanceof Long || input instanceof java.math.BigInteger) {
                return input.toString();
            }
            throw new CoercingParseValueException("An id is a text such as \"ENV-A-1\"; this is not one.");
        }

        @Override
        public Object parseLiteral(Value<?> literal, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (literal instanceof StringValue string) {
                return string.getValue();
            }
            if (literal instanceof IntValue integer) {
                return integer.getValue().toString();
            }
            throw new CoercingParseLiteralException("An id is a text such as \"ENV-A-1\"; this is not one.");
        }
    }

    /** Sends values as strings; reads strings (and, for figures, numbers), with a clear message when wrong. */
    private record TextCoercing(String name, String example, Function<String, Object> parse)
            implements Coercing<Object, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            String text = input instanceof Number ? input.toString() : String.valueOf(input);
            if (!(input instanceof String) && !(input instanceof Number && name.equals("Decimal"))) {
                throw new CoercingParseValueException(refusal(text));
            }
            try {
                return input instanceof Number number ? boundedNumber(number) : parse.apply(text);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new CoercingParseValueException(refusal(text));
            }
        }

        @Override
        public Object parseLiteral(Value<?> literal, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            String text = literalText(literal);
            if (text == null) {
                throw new CoercingParseLiteralException(refusal(String.valueOf(literal)));
            }
            try {
                return parse.apply(text);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new CoercingParseLiteralException(refusal(text));
            }
        }

        private String literalText(Value<?> literal) {
            if (literal instanceof StringValue string) {
                return string.getValue();
            }
            if (literal instanceof IntValue integer && name.equals("Decimal")) {
                return integer.getValue().toString();
            }
            if (literal instanceof FloatValue decimal && name.equals("Decimal")) {
                BigDecimal value = decimal.getValue();
                return value.scale() < 0 ? value.toString() : value.toPlainString(); // 1e3 (1E+3) is not a figure as printed
            }
            return null;
        }

        private String refusal(String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return "'" + shown + "' is not " + (name.equals("Decimal") ? "an amount" : "a valid " + name)
                    + "; give " + example + ".";
        }
    }
}
