package io.plantrail.readmodel;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/** Stores an entity's details as a plain document; amounts as strings, so no figure is rounded. */
final class ContentCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .withConfigOverride(BigDecimal.class,
                    o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private ContentCodec() {
    }

    static Document toDocument(Record details) {
        return Document.parse(MAPPER.writeValueAsString(details));
    }
}
