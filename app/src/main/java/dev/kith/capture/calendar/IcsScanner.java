package dev.kith.capture.calendar;

import dev.kith.io.ImportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks made before biweekly (which is lenient) reads a text: it is within the size, line,
 * component and time zone limits, its first line is {@code BEGIN:VCALENDAR}, and it does not end inside
 * an event or another component, and ends with END:VCALENDAR (a calendar cut short, even between events, is refused);
 * otherwise an {@link ImportException} names the source, the line and the reason. Returns the line of each event for later warnings.
 */
final class IcsScanner {
    private final String source;
    private final IcsLimits limits;
    private final List<Long> eventLines = new ArrayList<>();
    private int depth;
    /** The line and name of the component at depth 2 (an event, a time zone) open now. */
    private long innerStart;
    private String innerName;
    private int components;
    private int timeZones;
    private boolean started;

    private IcsScanner(String source, IcsLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * The text of {@code bytes}: UTF-16 when it starts with UTF-16's byte-order mark (as Windows tools that save
     * "Unicode" text write it), else UTF-8 without a byte-order mark, else (with a warning) Latin-1. A line folded
     * inside a multibyte character (RFC 5545 folds at 75 octets, and Google and others cut a character in two)
     * is still UTF-8: the character's remaining bytes are moved before the fold, which keeps the line numbers.
     */
    static String decode(String source, byte[] bytes, IcsLimits limits, List<CalendarWarning> warnings) {
        if (bytes.length > limits.maxBytes()) {
            throw new ImportException(source, 0, "the calendar is larger than " + limits.maxBytes() + " bytes");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16); // reads the byte-order mark and drops it
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text = utf8(bytes, start);
        if (text == null) {
            text = utf8(mendSplitCharacters(bytes), start);
        }
        if (text == null) {
            warnings.add(new CalendarWarning(source, 0, "the calendar is not UTF-8; read as ISO-8859-1"));
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    private static String utf8(byte[] bytes, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A copy of {@code bytes} where each fold (CRLF or LF, then a space or tab) that follows a non-ASCII byte and
     * is followed by UTF-8 continuation bytes has those bytes moved before it. Linear.
     */
    static byte[] mendSplitCharacters(byte[] bytes) {
        byte[] out = bytes.clone();
        int i = 1;
        while (i < out.length) {
            int fold = out[i] == '\r' && i + 1 < out.length && out[i + 1] == '\n' ? i + 1 : out[i] == '\n' ? i : -1;
            if (fold < 0 || (out[i - 1] & 0x80) == 0 || fold + 1 >= out.length
                    || out[fold + 1] != ' ' && out[fold + 1] != '\t') {
                i++;
                continue;
            }
            int tail = fold + 2;
            int end = tail;
            while (end < out.length && end - tail < 3 && (out[end] & 0xC0) == 0x80) {
                end++;
            }
            if (end > tail) { // [i, tail) is the fold, [tail, end) the rest of the character
                byte[] foldBytes = Arrays.copyOfRange(out, i, tail);
                System.arraycopy(out, tail, out, i, end - tail);
                System.arraycopy(foldBytes, 0, out, i + end - tail, foldBytes.length);
            }
            i = end;
        }
        return out;
    }

    /**
     * {@code text} as biweekly is given it, with the same lines: blank lines before the first line of text (a
     * feed script's stray newlines, after which biweekly reads no calendar at all) hold a space, the first line's
     * indentation is dropped, and spaces and tabs at the end of a content line (not before a fold, where they
     * belong to the value) are dropped, since biweekly reads {@code COUNT=2 } as no COUNT: a series without end.
     * The values of the date, time and recurrence properties ({@link #UPPER_CASE_VALUES}) are put in upper case: their
     * letters are the ABNF's quoted literals, which RFC 5545 (through RFC 5234) reads in any case, while biweekly
     * refuses a lower-case {@code DURATION:pt1h} and reads {@code DTSTART:20261201t103000z} as a day without a time.
     * In the same values a time written without its seconds ({@code 20250106T0930Z}, as hand-written and some
     * script-generated feeds have it, which biweekly also reads as a day without a time) is given them
     * ({@code 20250106T093000Z}): the meeting at 09:30 its writer meant. Linear.
     */
    static String forReader(String text) {
        Values values = new Values();
        StringBuilder b = new StringBuilder(text.length() + 16);
        int i = 0;
        int n = text.length();
        for (; i < n && Character.isWhitespace(text.charAt(i)); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                b.append(' ');
            }
            if (c == '\r' || c == '\n') {
                b.append(c);
            }
        }
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                end++;
            }
            int next = end + (text.startsWith("\r\n", end) ? 2 : end < n ? 1 : 0);
            int kept = end;
            if (next >= n || text.charAt(next) != ' ' && text.charAt(next) != '\t') {
                while (kept > i && (text.charAt(kept - 1) == ' ' || text.charAt(kept - 1) == '\t')) {
                    kept--;
                }
            }
            values.append(b, text, i, kept, next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t'));
            b.append(text, end, next);
            i = next;
        }
        return b.toString();
    }

    /**
     * The properties whose whole value is case-insensitive (dates, times, periods, durations, recurrence rules) and
     * read by capture; a text value (a SUMMARY, a TZID) is never changed.
     */
    static final Set<String> UPPER_CASE_VALUES = Set.of("DTSTART", "DTEND", "DUE", "DURATION",
            "RECURRENCE-ID", "RDATE", "EXDATE", "RRULE", "EXRULE", "DTSTAMP", "CREATED", "LAST-MODIFIED", "TRIGGER");

    /**
     * Copies content lines, putting the values of {@link #UPPER_CASE_VALUES} in upper case, across folds too, and
     * giving a time without seconds its seconds when the whole of it is on one line.
     */
    private static final class Values {
        private boolean upper;
        private boolean inValue;
        private boolean quoted;
        /** Where in the output the value's current word ({@code 20250106T0930Z} in a list, a period, a rule) starts. */
        private int word;
        /** Whether the current word was cut by a fold, and so is left as it is. */
        private boolean folded;

        /** Copies {@code text[from, to)}, a content line or a fold's continuation; {@code continues}: a fold follows. */
        void append(StringBuilder b, String text, int from, int to, boolean continues) {
            int i = from;
            if (i < to && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                int name = i;
                while (name < to && text.charAt(name) != ';' && text.charAt(name) != ':') {
                    name++;
                }
                upper = UPPER_CASE_VALUES.contains(text.substring(i, name).strip().toUpperCase(Locale.ROOT));
                inValue = false;
                quoted = false;
            } else if (i < to && inValue) {
                b.append(text.charAt(i)); // the fold's own space or tab
                i++;
            }
            if (!upper) {
                b.append(text, i, to);
                return;
            }
            for (; i < to; i++) {
                char c = text.charAt(i);
                if (inValue) {
                    if (c == ',' || c == '/' || c == ';' || c == '=') {
                        endWord(b);
                    }
                    b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
                    if (c == ',' || c == '/' || c == ';' || c == '=') {
                        word = b.length();
                        folded = false;
                    }
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    inValue = true;
                    word = b.length() + 1;
                    folded = false;
                }
                b.append(c);
            }
            if (inValue && continues) {
                folded = true;
            } else if (inValue) {
                endWord(b);
            }
        }

        /** Gives the word ending here its seconds when it is a date and a time without them, {@code yyyyMMddTHHmm[Z]}. */
        private void endWord(StringBuilder b) {
            int length = b.length() - word;
            if (folded || length != 13 && length != 14 || length == 14 && b.charAt(b.length() - 1) != 'Z'
                    || b.charAt(word + 8) != 'T') {
                return;
            }
            for (int k = 0; k < 13; k++) {
                if (k != 8 && (b.charAt(word + k) < '0' || b.charAt(word + k) > '9')) {
                    return;
                }
            }
            b.insert(word + 13, "00");
        }
    }

    /** Checks {@code text} and returns the first line of each VEVENT, in the order of the text. */
    static List<Long> scan(String source, String text, IcsLimits limits, List<CalendarWarning> warnings) {
        if (text.length() > limits.maxBytes()) {
            throw new ImportException(source, 0, "the calendar is larger than " + limits.maxBytes() + " bytes");
        }
        IcsScanner scanner = new IcsScanner(source, limits);
        long number = 1;
        int from = 0;
        while (from < text.length()) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                end++;
            }
            scanner.line(text, from, end, number);
            from = end + (text.startsWith("\r\n", end) ? 2 : 1);
            number++;
        }
        if (!scanner.started) {
            throw new ImportException(source, 0, "not an iCalendar file: it is empty");
        }
        if (scanner.depth > 1) {
            throw new ImportException(source, scanner.innerStart, "the calendar ends inside the " + scanner.innerName
                    + " that starts here (no END:" + scanner.innerName + "): it was cut short");
        }
        if (scanner.depth > 0) {
            throw new ImportException(source, number - 1, "the calendar ends here without END:VCALENDAR: it was cut"
                    + " short, and what is missing cannot be told");
        }
        return List.copyOf(scanner.eventLines);
    }

    private void line(String text, int from, int end, long number) {
        if (end - from > limits.maxLineLength()) {
            throw new ImportException(source, number, "line longer than " + limits.maxLineLength() + " characters");
        }
        if (from == end || started && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            return; // a folded line's continuation; before the calendar starts, stray indentation
        }
        String line = text.substring(from, end).strip();
        if (line.isEmpty()) {
            return;
        }
        String upper = line.toUpperCase(Locale.ROOT);
        if (!started) {
            if (!upper.equals("BEGIN:VCALENDAR")) {
                throw new ImportException(source, number, "not an iCalendar file: expected BEGIN:VCALENDAR, found '"
                        + printable(line) + "'");
            }
            started = true;
        }
        if (upper.startsWith("BEGIN:")) {
            if (++components > limits.maxComponents()) {
                throw new ImportException(source, number, "more than " + limits.maxComponents() + " components");
            }
            if (upper.equals("BEGIN:VTIMEZONE") && ++timeZones > ZoneResolver.MAX_ZONES) {
                throw new ImportException(source, number, "more than " + ZoneResolver.MAX_ZONES
                        + " time zones in one calendar");
            }
            if (depth == 1 && upper.equals("BEGIN:VEVENT")) {
                eventLines.add(number);
            }
            if (depth == 1) {
                innerStart = number;
                innerName = printable(line.substring(6).strip());
            }
            depth++;
        } else if (upper.startsWith("END:")) {
            depth = Math.max(0, depth - 1);
        }
    }

    private static String printable(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length() && b.length() < 40; i++) {
            char c = line.charAt(i);
            b.append(c < 0x20 || c == 0x7f || c == '\ufffd' ? '?' : c);
        }
        return line.length() > 40 ? b + "…" : b.toString();
    }
}
