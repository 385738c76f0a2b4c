package dev.kith.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kith.core.Coded;
import dev.kith.core.KithException;
import java.io.IOException;

/** The JSON the CLI prints: dates as YYYY-MM-DD, kinds by their code, nulls kept, indented. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(Coded.class, new CodedSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** Initializes the mapper and its serializers ahead of the first {@link #write}. */
    static void warmUp() {
        try {
            MAPPER.writeValueAsString(java.util.Map.of("today", java.time.LocalDate.EPOCH));
        } catch (JsonProcessingException e) {
            throw new KithException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} and a newline to {@code out} as it serializes, without building a string. */
    static void write(Object value, java.io.Writer out) {
        try {
            MAPPER.writeValue(new java.io.FilterWriter(out) {
                @Override
                public void close() {
                    // the caller owns the stream
                }
            }, value);
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new KithException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new KithException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static final class CodedSerializer extends JsonSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.code());
        }
    }
}
