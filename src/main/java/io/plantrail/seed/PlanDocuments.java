package io.plantrail.seed;

import io.plantrail.change.ChangeRejected;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads plan documents strictly: a misspelt field is an error, not a silently lost fact. */
public final class PlanDocuments {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlanDocuments() {
    }

    public static PlanDocument read(InputStream json) throws IOException {
        PlanDocument document;
        try {
            document = MAPPER.readValue(json, PlanDocument.class);
        } catch (JacksonException e) {
            throw ChangeRejected.invalid("The plan document is not valid: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")");
        }
        if (!PlanDocument.FORMAT.equals(document.format())) {
            throw ChangeRejected.invalid("The plan document must declare \"format\": \"" + PlanDocument.FORMAT
                    + "\"; it declares " + document.format() + ".");
        }
        if (document.plan() == null) {
            throw ChangeRejected.invalid("The plan document has no \"plan\" (id, title, council).");
        }
        return document;
    }
}
