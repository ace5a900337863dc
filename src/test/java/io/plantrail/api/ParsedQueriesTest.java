package io.plantrail.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A query text is parsed and validated once while it is kept; a text that failed, every time. */
class ParsedQueriesTest {

    private final ParsedQueries parsed = new ParsedQueries();
    private final List<String> parsedTexts = new ArrayList<>();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
        parsedTexts.add(input.getQuery());
        return input.getQuery().contains("nonsense")
                ? new PreparsedDocumentEntry(ValidationError.newValidationError()
                        .validationErrorType(ValidationErrorType.FieldUndefined).description("no such field").build())
                : new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void aValidTextIsParsedOnceAndItsOperationComesFromTheSameParse() {
        String query = "query Plans { plans { id } } mutation Rename { renameTheme(id: \"t\") { planVersion } }";
        PreparsedDocumentEntry first = ask(query);
        PreparsedDocumentEntry second = ask(query);

        assertThat(parsedTexts).containsExactly(query);
        assertThat(second).isSameAs(first);
        assertThat(parsed.operation(query, "Rename")).map(OperationDefinition::getOperation)
                .contains(OperationDefinition.Operation.MUTATION);
        assertThat(parsed.operation(query, null)).map(OperationDefinition::getName).contains("Plans");
    }

    @Test
    void aTextThatFailedValidationIsCheckedAgainEachTime() {
        ask("{ nonsense }");
        ask("{ nonsense }");
        assertThat(parsedTexts).hasSize(2);
    }

    @Test
    void aTextThatDoesNotParseHasNoOperation() {
        assertThat(parsed.operation("{ plans { id }", null)).isEmpty();
        assertThat(parsed.operation("", null)).isEmpty();
    }

    @Test
    void theLeastRecentlyAskedTextsGoFirstOnceTheKeptTextIsTooLong() {
        String padding = " # " + "x".repeat(ParsedQueries.MAX_KEPT_CHARACTERS / 3);
        String a = "{ a }" + padding;
        String b = "{ b }" + padding;
        String c = "{ c }" + padding;
        ask(a);
        ask(b);
        ask(a);
        ask(c);
        parsedTexts.clear();

        ask(a);
        ask(c);
        ask(b);
        assertThat(parsedTexts).as("b was the least recently asked when c came").containsExactly(b);
    }

    @Test
    void aTextLongerThanAllThatMayBeKeptIsNotKept() {
        String huge = "{ a } # " + "x".repeat(ParsedQueries.MAX_KEPT_CHARACTERS);
        ask("{ small }");
        ask(huge);
        ask(huge);
        ask("{ small }");
        assertThat(parsedTexts).containsExactly("{ small }", huge, huge);
    }

    private PreparsedDocumentEntry ask(String query) {
        return parsed.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parseAndValidate).join();
    }
}
