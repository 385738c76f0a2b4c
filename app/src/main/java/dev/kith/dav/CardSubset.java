package dev.kith.dav;

import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The vCard properties a CARDDAV:address-data element names with CARDDAV:prop children (RFC 6352 section 10.4.2):
 * only those go back, each with its value unless {@code novalue="yes"}, always inside BEGIN, VERSION and END, lines
 * (folded or not, CRLF or LF) kept as stored. Linear in the card. Immutable, thread-safe.
 */
final class CardSubset {
    /** The properties of every card answered, whatever was named. */
    private static final java.util.Set<String> FRAME = java.util.Set.of("BEGIN", "VERSION", "END");

    /** Each property named (upper case, no group) to whether its value is left out. */
    private final Map<String, Boolean> named;

    private CardSubset(Map<String, Boolean> named) {
        this.named = named;
    }

    /** The subset {@code data} (an address-data element) names; null for the whole card (allprop, or no prop). */
    static CardSubset of(Element data) {
        if (DavXml.child(data, DavXml.CARDDAV, "allprop") != null) {
            return null;
        }
        Map<String, Boolean> named = new java.util.HashMap<>();
        for (Element p : DavXml.children(data)) {
            String name = p.getAttribute("name").strip().toUpperCase(Locale.ROOT);
            if (DavXml.is(p, DavXml.CARDDAV, "prop") && !name.isEmpty()) {
                named.merge(name, "yes".equals(p.getAttribute("novalue").strip()), Boolean::logicalAnd);
            }
        }
        return named.isEmpty() ? null : new CardSubset(Map.copyOf(named));
    }

    /** The lines of {@code text} whose properties are named (and the frame), values left out where asked. */
    String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4096));
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = lineEnd(text, i);
            while (end < n && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) { // a folded line goes on
                end = lineEnd(text, end);
            }
            String line = text.substring(i, end);
            String name = name(line);
            Boolean novalue = FRAME.contains(name) ? Boolean.FALSE : named.get(name);
            if (novalue != null) {
                out.append(novalue ? withoutValue(line) : line);
            }
            i = end;
        }
        return out.toString();
    }

    /** Where the physical line starting at {@code from} ends, past its line break. */
    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The property name of a logical line: before its first ';' or ':', group dropped, upper case. */
    private static String name(String line) {
        int stop = 0;
        while (stop < line.length() && line.charAt(stop) != ';' && line.charAt(stop) != ':' && line.charAt(stop) != '\r'
                && line.charAt(stop) != '\n') {
            stop++;
        }
        String name = line.substring(0, stop);
        int dot = name.lastIndexOf('.');
        return (dot >= 0 ? name.substring(dot + 1) : name).strip().toUpperCase(Locale.ROOT);
    }

    /** {@code line} unfolded and cut after the colon that ends its name and parameters, its line end kept. */
    private static String withoutValue(String line) {
        String unfolded = line.replaceAll("\r?\n[ \t]", "");
        String ending = unfolded.endsWith("\r\n") ? "\r\n" : unfolded.endsWith("\n") ? "\n" : "";
        boolean quoted = false;
        for (int i = 0; i < unfolded.length(); i++) {
            char ch = unfolded.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ':' && !quoted) {
                return unfolded.substring(0, i + 1) + ending;
            }
        }
        return unfolded;
    }
}
