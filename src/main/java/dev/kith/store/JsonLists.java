package dev.kith.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the JSON arrays of strings that SQL builds with {@code json_group_array} or {@code json_array}
 * (and PostgreSQL's {@code json_agg}): a row can then carry a contact's emails or tags in one column.
 * Only strings and nulls are accepted; anything else is an {@link IllegalArgumentException}.
 */
public final class JsonLists {
    private JsonLists() {
    }

    /** The strings of {@code json}, nulls kept; an empty list for SQL NULL or {@code []}. */
    public static List<String> strings(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int i = skipSpace(json, expect(json, skipSpace(json, 0), '['));
        while (true) {
            if (json.startsWith("null", i)) {
                out.add(null);
                i += 4;
            } else {
                StringBuilder value = new StringBuilder();
                i = string(json, expect(json, i, '"'), value);
                out.add(value.toString());
            }
            i = skipSpace(json, i);
            if (i < json.length() && json.charAt(i) == ',') {
                i = skipSpace(json, i + 1);
                continue;
            }
            expect(json, i, ']');
            return Collections.unmodifiableList(out);
        }
    }

    /** Reads a string's characters from {@code i} (after its opening quote); returns the index after its closing quote. */
    private static int string(String json, int i, StringBuilder value) {
        while (i < json.length()) {
            char c = json.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (i >= json.length()) {
                break;
            }
            char e = json.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> value.append(e);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (i + 4 > json.length()) {
                        throw bad(json);
                    }
                    value.append((char) Integer.parseInt(json, i, i + 4, 16));
                    i += 4;
                }
                default -> throw bad(json);
            }
        }
        throw bad(json);
    }

    private static int expect(String json, int i, char c) {
        if (i >= json.length() || json.charAt(i) != c) {
            throw bad(json);
        }
        return i + 1;
    }

    private static int skipSpace(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static IllegalArgumentException bad(String json) {
        return new IllegalArgumentException("not a JSON array of strings: " + json);
    }
}
