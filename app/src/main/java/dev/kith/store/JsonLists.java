package dev.kith.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads the JSON arrays of strings that SQL builds with {@code json_group_array} or {@code json_array}:
 * a row can then carry a contact's emails or tags in one column. Strings and nulls are read as they
 * are (a number as its text); anything else is an {@link IllegalArgumentException}.
 */
public final class JsonLists {
    private static final ObjectReader STRINGS = JsonMapper.builder().build().readerFor(String[].class);

    private JsonLists() {
    }

    /** The strings of {@code json}, nulls kept; an empty list for SQL NULL. */
    public static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            String[] values = STRINGS.readValue(json);
            if (values == null) {
                throw new IllegalArgumentException("not a JSON array of strings: " + json);
            }
            return Collections.unmodifiableList(Arrays.asList(values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array of strings: " + json, e);
        }
    }
}
