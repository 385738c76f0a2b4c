package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The records of an LDIF file (RFC 2849), one at a time: records separated by blank lines, each opening
 * with {@code dn:}; a line starting with one space continues the line before it (the space removed);
 * {@code #} comments, continued too; an optional {@code version: 1} first; {@code attr: text},
 * {@code attr:: base64} (UTF-8 once decoded) and {@code attr:< URL} values, never fetched; CR LF or LF
 * line ends; attribute names in any case, with options ({@code cn;lang-de}) kept apart. A record of
 * Thunderbird's for a card with neither a display name nor an email has no {@code dn:} line (Thunderbird
 * leaves an empty one out) and opens with {@code objectclass:}: it is read too. Structural damage is an
 * {@link ImportException} with the file, line and reason: a continuation line with no line to continue,
 * a line without a colon, invalid base64, a record opening with anything else, a second {@code dn:} in
 * one record, a line longer than {@link #LONGEST} characters once joined, and any {@code changetype:} or
 * {@code control:} (a change file for ldapmodify, not an export). Linear in the length of the text: each
 * continuation is appended once to one buffer. Not thread-safe; one file only.
 */
final class LdifScanner {
    /** The longest line, continuation lines joined: 8 MiB characters. */
    static final int LONGEST = 8 << 20;

    /** One record: its first line, its dn (null for Thunderbird's nameless card) and its attributes in order. */
    record Entry(long line, String dn, List<Attribute> attributes) {
        Entry {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * One attribute line: where it starts, its name in lower case without options, whether it had
     * options, and its value; or, when the value cannot be used (a URL, bytes that are not UTF-8), a null
     * value and the reason.
     */
    record Attribute(long line, String name, boolean options, String value, String problem) {
    }

    private final String file;
    private final Consumer<Entry> each;
    /** The logical line being read (the first line and its continuations); empty when none. */
    private final StringBuilder pending = new StringBuilder();
    private long pendingLine;
    private boolean inComment;
    private long recordLine;
    private String dn;
    private List<Attribute> attributes;
    private boolean started;

    private LdifScanner(String file, Consumer<Entry> each) {
        this.file = file;
        this.each = each;
    }

    /** Hands every record of {@code text}, the content of {@code file}, to {@code each}, in file order. */
    static void scan(String file, String text, Consumer<Entry> each) {
        LdifScanner scanner = new LdifScanner(file, each);
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        long number = 1;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                end++;
            }
            scanner.line(text, start, end, number);
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
            number++;
        }
        scanner.endLogical();
        scanner.endRecord();
    }

    private void line(String text, int start, int end, long number) {
        if (start == end) {
            endLogical();
            endRecord();
            return;
        }
        char first = text.charAt(start);
        if (first == ' ') {
            if (inComment) {
                return;
            }
            if (pending.isEmpty()) {
                if (blank(text, start, end)) {
                    endRecord();
                    return;
                }
                throw new ImportException(file, number, "a continuation line (starting with a space) with no line"
                        + " before it to continue");
            }
            if (pending.length() + (end - start - 1) > LONGEST) {
                throw new ImportException(file, pendingLine, "a line longer than " + (LONGEST >> 20)
                        + " MB once its continuation lines are joined");
            }
            pending.append(text, start + 1, end);
            return;
        }
        endLogical();
        if (first == '#') {
            inComment = true;
            return;
        }
        if (end - start > LONGEST) {
            throw new ImportException(file, number, "a line longer than " + (LONGEST >> 20) + " MB");
        }
        pending.append(text, start, end);
        pendingLine = number;
    }

    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Reads the logical line collected so far, if any. */
    private void endLogical() {
        inComment = false;
        if (pending.isEmpty()) {
            return;
        }
        String line = pending.toString();
        pending.setLength(0);
        logical(line, pendingLine);
    }

    private void logical(String line, long number) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new ImportException(file, number, "not an LDIF line (no colon after an attribute name): '"
                    + shorten(line) + "'");
        }
        String description = line.substring(0, colon);
        if (!attributeName(description)) {
            throw new ImportException(file, number, "not an LDIF attribute name: '" + shorten(description) + "'");
        }
        int semicolon = description.indexOf(';');
        String name = (semicolon < 0 ? description : description.substring(0, semicolon)).toLowerCase(Locale.ROOT);
        Attribute attribute = attribute(number, name, semicolon >= 0, line, colon);
        if (attributes == null) {
            open(attribute);
            return;
        }
        if (name.equals("dn")) {
            throw new ImportException(file, number, "a second dn: in the record that starts at line " + recordLine
                    + " (a blank line is missing between two records)");
        }
        refuseChanges(attribute);
        attributes.add(attribute);
    }

    /** Starts a record with its first line, or reads the version line before the first record. */
    private void open(Attribute first) {
        if (first.name().equals("version") && !started) {
            started = true;
            if (!"1".equals(first.value() == null ? null : first.value().strip())) {
                throw new ImportException(file, first.line(), "LDIF version '" + shorten(String.valueOf(first.value()))
                        + "' is not known (only version 1 is)");
            }
            return;
        }
        started = true;
        if (!first.name().equals("dn") && !first.name().equals("objectclass")) {
            throw new ImportException(file, first.line(), "a record must start with dn:, not '" + first.name() + ":'");
        }
        recordLine = first.line();
        dn = first.name().equals("dn") ? first.value() : null;
        attributes = new ArrayList<>();
        if (dn == null) {
            attributes.add(first);
        }
    }

    private void refuseChanges(Attribute attribute) {
        if (attribute.name().equals("changetype") || attribute.name().equals("control")) {
            throw new ImportException(file, attribute.line(), "this is a change file for ldapmodify ("
                    + attribute.name() + ": " + shorten(String.valueOf(attribute.value())) + "), not an export");
        }
    }

    private void endRecord() {
        if (attributes != null) {
            Entry entry = new Entry(recordLine, dn, attributes);
            attributes = null;
            dn = null;
            each.accept(entry);
        }
    }

    /** The attribute of {@code line}, whose name ends at {@code colon}: its value decoded, or why it cannot be. */
    private Attribute attribute(long number, String name, boolean options, String line, int colon) {
        if (line.startsWith("::", colon)) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(line.substring(colon + 2).strip());
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, number, "invalid base64 after '" + shorten(line.substring(0, colon))
                        + "::'");
            }
            try {
                String value = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return new Attribute(number, name, options, value, null);
            } catch (CharacterCodingException e) {
                return new Attribute(number, name, options, null, "the value is binary data, not UTF-8 text");
            }
        }
        if (line.startsWith(":<", colon)) {
            return new Attribute(number, name, options, null, "the value is a link ('"
                    + shorten(line.substring(colon + 2).strip()) + "'), which Kith does not fetch");
        }
        int from = colon + 1;
        while (from < line.length() && line.charAt(from) == ' ') {
            from++;
        }
        return new Attribute(number, name, options, line.substring(from), null);
    }

    /** Whether {@code s} is an attribute description: a name or OID of letters, digits, '-' and '.', then options. */
    private static boolean attributeName(String s) {
        if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) > 0x7f) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!ascii && c != '-' && c != '.' && c != ';' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
