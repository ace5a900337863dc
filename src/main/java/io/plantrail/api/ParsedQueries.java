package io.plantrail.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Query texts parsed and validated once. A frontend or an officer's screen sends the same few
 * texts again and again with new variables; each was parsed twice (to see whether its answer is
 * fixed, then by GraphQL) and validated, work that depends on the text alone.
 * Only texts that passed validation are kept (an error's wording may follow the asker's language),
 * the least recently asked going first once the texts kept pass {@link #MAX_KEPT_CHARACTERS}.
 */
@Component
class ParsedQueries implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    /** About 2 MB of text; the syntax trees take several times that. */
    static final int MAX_KEPT_CHARACTERS = 1_000_000;

    private final Map<String, PreparsedDocumentEntry> valid = new LinkedHashMap<>(64, 0.75f, true);
    private long keptCharacters;

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry = kept(query);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                keep(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The operation that would run; empty where the text does not parse (GraphQL then says why). */
    Optional<OperationDefinition> operation(String query, String operationName) {
        PreparsedDocumentEntry entry = kept(query);
        Document document;
        try {
            document = entry != null ? entry.getDocument() : Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.isEmpty() || operationName.equals(op.getName()))
                .findFirst();
    }

    private synchronized PreparsedDocumentEntry kept(String query) {
        return valid.get(query);
    }

    private synchronized void keep(String query, PreparsedDocumentEntry entry) {
        if (query.length() > MAX_KEPT_CHARACTERS || valid.putIfAbsent(query, entry) != null) {
            return;
        }
        keptCharacters += query.length();
        Iterator<String> leastRecentFirst = valid.keySet().iterator();
        while (keptCharacters > MAX_KEPT_CHARACTERS) {
            keptCharacters -= leastRecentFirst.next().length();
            leastRecentFirst.remove();
        }
    }
}
