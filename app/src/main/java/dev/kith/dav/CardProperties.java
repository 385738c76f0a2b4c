package dev.kith.dav;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The properties of a vCard's text, for looking into a card without reading it as a contact: lines
 * unfolded (CRLF or LF, then a space or a tab), each property's name (its group dropped, upper case), its
 * parameters and its value (backslash escapes undone). Linear in the length of the text. Thread-safe.
 */
final class CardProperties {
    private CardProperties() {
    }

    /** One property of a card: its name (group dropped, upper case), its parameters (name, value) and its value. */
    record Property(String name, List<String[]> params, String value) {
    }

    /**
     * Whether the card is a contact group, not a person: {@code KIND:group} (vCard 4.0) or Apple's
     * {@code X-ADDRESSBOOKSERVER-KIND:group} (vCard 3.0, as iOS, macOS and DAVx5 write groups).
     */
    static boolean isGroup(String text) {
        return of(text).stream().anyMatch(p -> (p.name().equals("KIND") || p.name().equals("X-ADDRESSBOOKSERVER-KIND"))
                && p.value().strip().equalsIgnoreCase("group"));
    }

    /** The properties of a vCard, its lines unfolded (CRLF or LF, then a space or a tab). */
    static List<Property> of(String text) {
        List<Property> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            String part = text.substring(i, end > i && text.charAt(end - 1) == '\r' ? end - 1 : end);
            if (!part.isEmpty() && (part.charAt(0) == ' ' || part.charAt(0) == '\t')) {
                line.append(part, 1, part.length());
            } else {
                add(out, line);
                line.setLength(0);
                line.append(part);
            }
            i = end + 1;
        }
        add(out, line);
        return out;
    }

    private static void add(List<Property> out, CharSequence line) {
        String l = line.toString();
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < l.length(); i++) {
            char ch = l.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return;
        }
        List<String> head = splitUnquoted(l.substring(0, colon));
        String name = head.getFirst();
        int dot = name.lastIndexOf('.');
        name = asciiUpper(dot >= 0 ? name.substring(dot + 1) : name);
        List<String[]> params = new ArrayList<>();
        for (String param : head.subList(1, head.size())) {
            int eq = param.indexOf('=');
            String pname = asciiUpper(eq < 0 ? "TYPE" : param.substring(0, eq)); // vCard 2.1: a bare value is a TYPE
            String values = eq < 0 ? param : param.substring(eq + 1);
            for (String v : values.split(",")) {
                params.add(new String[] {pname, v.replace("\"", "")});
            }
        }
        out.add(new Property(name, params, unescape(l.substring(colon + 1))));
    }

    /** {@code s} split at each ';' outside double quotes. */
    private static List<String> splitUnquoted(String s) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ';' && !quoted) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String asciiUpper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }
}
