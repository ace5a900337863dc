package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema teaches itself: GraphiQL's docs and generated clients show a description for every part. */
class SchemaDescriptionsTest {

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
        TypeDefinitionRegistry schema = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            files.filter(file -> file.toString().endsWith(".graphqls")).sorted()
                    .forEach(file -> schema.merge(new SchemaParser().parse(read(file))));
        }
        List<String> undescribed = new ArrayList<>();
        schema.types().values().forEach(type -> collectUndescribed(type, undescribed));
        schema.scalars().values().stream().filter(scalar -> !described(scalar.getDescription()))
                .filter(scalar -> !List.of("Int", "Float", "String", "Boolean", "ID").contains(scalar.getName()))
                .forEach(scalar -> undescribed.add(scalar.getName()));

        assertThat(undescribed).isEmpty();
        assertThat(schema.types()).hasSizeGreaterThan(40);
    }

    private static void collectUndescribed(TypeDefinition<?> type, List<String> undescribed) {
        if (type instanceof ObjectTypeDefinition object) {
            check(type.getName(), object.getDescription(), undescribed);
            object.getFieldDefinitions().forEach(field -> collectUndescribed(type.getName(), field, undescribed));
        } else if (type instanceof InputObjectTypeDefinition input) {
            check(type.getName(), input.getDescription(), undescribed);
            input.getInputValueDefinitions().forEach(field -> check(type.getName() + "." + field.getName(), field.getDescription(), undescribed));
        } else if (type instanceof EnumTypeDefinition enumType) {
            check(type.getName(), enumType.getDescription(), undescribed);
            enumType.getEnumValueDefinitions().forEach(value -> check(type.getName() + "." + value.getName(), value.getDescription(), undescribed));
        }
    }

    private static void collectUndescribed(String typeName, FieldDefinition field, List<String> undescribed) {
        String path = typeName + "." + field.getName();
        check(path, field.getDescription(), undescribed);
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            check(path + "(" + argument.getName() + ")", argument.getDescription(), undescribed);
        }
    }

    private static void check(String path, Description description, List<String> undescribed) {
        if (!described(description)) {
            undescribed.add(path);
        }
    }

    private static boolean described(Description description) {
        return description != null && !description.getContent().isBlank();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
