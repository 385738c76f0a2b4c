package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** Small helpers the sections share to write their records as JSON. */
final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A date as YYYY-MM-DD, or null. */
    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code values} as an array of texts; an empty array for null. */
    static ArrayNode texts(List<String> values) {
        ArrayNode array = array();
        if (values != null) {
            values.forEach(array::add);
        }
        return array;
    }

    /** The keys of the records {@code ids} of the section with letter {@code prefix}; an empty array for null. */
    static ArrayNode keys(Keys keys, String prefix, List<Long> ids) {
        ArrayNode array = array();
        if (ids != null) {
            ids.forEach(id -> array.add(keys.key(prefix, id)));
        }
        return array;
    }
}
