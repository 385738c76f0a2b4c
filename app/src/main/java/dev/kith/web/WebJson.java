package dev.kith.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kith.core.Coded;
import java.io.IOException;

/** The API's JSON: dates as YYYY-MM-DD, kinds by their code, unknown request fields and anything after the body rejected. */
final class WebJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(Coded.class, new CodedSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WebJson() {
    }

    private static final class CodedSerializer extends JsonSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.code());
        }
    }
}
