package io.plantrail.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.plantrail.change.Register;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How a plan's state is written as a snapshot: every field as it is held, none left out, and a
 * field the state no longer has refuses the snapshot (the plan is then replayed from its log).
 * The aggregate's own classes stay free of serialization annotations.
 */
public final class SnapshotSerializer {

    private SnapshotSerializer() {
    }

    public static Serializer create() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .configure(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS, true)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(Register.class, RegisterOfKind.class)
                .build();
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /** A register is made for its kind of entity; its entries are then filled in. */
    abstract static class RegisterOfKind {
        @JsonCreator
        RegisterOfKind(@JsonProperty("kind") String kind) {
        }
    }
}
