package io.plantrail.readmodel;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entity's details on the read side, both ways with one mapper: written as a plain document
 * (amounts as strings, so no figure is rounded), read back as the typed record the API and the
 * documents use. A list the source left out reads as empty.
 */
public final class ContentCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .withConfigOverride(BigDecimal.class,
                    o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            // a version stored by an older build may hold a field this one no longer has
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private ContentCodec() {
    }

    static Document toDocument(Record details) {
        return Document.parse(MAPPER.writeValueAsString(details));
    }

    /** A record from its stored fields, each read as the type it was written from. */
    public static <T> T read(Map<String, Object> fields, Class<T> type) {
        return MAPPER.convertValue(fields, type);
    }

    /** A record's fields as they are stored, in its order: what a comparison compares. */
    public static Map<String, Object> fields(Record record) {
        return MAPPER.convertValue(record, FIELDS);
    }
}
