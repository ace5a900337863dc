package io.plantrail.api;

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
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Date, DateTime and Decimal: dates as ISO strings, figures as exact decimal strings; Value, plain JSON. */
@Configuration(proxyBeanMethods = false)
class Scalars {

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring
                .scalar(scalar("Date", "a date such as 2004-04-07", LocalDate::parse))
                .scalar(scalar("DateTime", "a time such as 2026-11-22T10:15:30Z", Instant::parse))
                .scalar(scalar("Decimal", "a figure such as 229.337 (at most 20 digits before the point and 10 after)",
                        Scalars::boundedDecimal))
                .scalar(AnsweredValue.SCALAR);
    }

    /** A council figure; "1e999999999" would be a billion digits when printed, so it is refused. */
    private static BigDecimal boundedDecimal(String text) {
        if (text.length() > 64) {
            throw new NumberFormatException("too long");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > 10 || value.precision() - value.scale() > 20) {
            throw new NumberFormatException("out of range");
        }
        return value;
    }

    private static GraphQLScalarType scalar(String name, String example, Function<String, Object> parse) {
        return GraphQLScalarType.newScalar().name(name).coercing(new TextCoercing(name, example, parse)).build();
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
                return parse.apply(text.trim());
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
                return parse.apply(text.trim());
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
                return decimal.getValue().toPlainString();
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
