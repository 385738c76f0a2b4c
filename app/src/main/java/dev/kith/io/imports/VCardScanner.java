package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A strict structural check of a vCard file before ez-vcard (which is lenient) reads it: every
 * card opens with {@code BEGIN:VCARD} and closes with {@code END:VCARD}, every line in between is a
 * property ({@code NAME[;PARAMS]:VALUE}, folded lines, quoted-printable continuations and vCard 2.1's
 * unindented base64 lines up to a blank line allowed).
 * A birthday or anniversary that is no real date (with its year, or without one: {@code --0415}) is a warning,
 * not a refusal. Returns the first line
 * of each card, and the character set of quoted-printable values that name none: UTF-8, unless one
 * of them is not UTF-8 (Outlook writes Windows-1252 there), then Windows-1252.
 */
final class VCardScanner {
    private static final Pattern PROPERTY = Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)?([;:].*)?$", Pattern.DOTALL);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})(T.*)?$");
    /** A date without its year, as vCard 4.0 and Android write birthdays: {@code --0415}, {@code --04-15}. */
    private static final Pattern NO_YEAR = Pattern.compile("^--(\\d{2})-?(\\d{2})$");
    /** The year a date without one is checked in: a leap year, so that 29 February is a real day. */
    private static final int LEAP_YEAR = 2000;

    private final String file;
    private final Warnings warnings;
    private final List<Long> starts = new ArrayList<>();
    private long open;
    private boolean quotedPrintable;
    /** In a vCard 2.1 base64 value, whose lines may come unindented until a blank line (Nokia and older phones). */
    private boolean base64;
    /** The raw value of the quoted-printable property being read when it names no CHARSET; else null. */
    private StringBuilder unnamedCharset;
    private boolean legacyQuotedPrintable;
    /** When locating: the properties of the card being read, by name (without group) and line; else null. */
    private List<Located> located;

    /** A property of a card: its name without group ({@code EMAIL} for {@code item1.EMAIL}) and the line it starts on. */
    record Located(String name, long line) {
    }

    /**
     * The lines of the properties of the card last read from a text fed to it as it is read (see {@link
     * PropertyLines}): the same rules as {@link #scan} (folded lines, quoted-printable and base64 continuations
     * belong to the property they continue). Holds the current card's properties only; no warnings.
     */
    static final class Locator {
        private final VCardScanner scanner = new VCardScanner("", new Warnings());
        private final Lines lines = new Lines(scanner);

        Locator() {
            scanner.located = new ArrayList<>();
        }

        /** Feeds {@code length} characters of the text from {@code chars[offset]} on. */
        void chars(char[] chars, int offset, int length) {
            lines.chunk(chars, offset, length);
        }

        /** The properties of the current card (since its BEGIN:VCARD), in file order. */
        List<Located> properties() {
            return scanner.located;
        }
    }

    /** What {@link #scan} found: the first line of each card, and the charset of quoted-printable values without one. */
    record Scan(List<Long> starts, Charset quotedPrintable) {
    }

    private VCardScanner(String file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /*
     * Line by line, each line in its own method call: a method called for every line is compiled
     * early, where one loop over a whole file in a method called once would mostly run interpreted.
     */
    static Scan scan(String file, String text, Warnings warnings) {
        VCardScanner scanner = new VCardScanner(file, warnings);
        long number = 1;
        int start = 0;
        while (true) {
            int end = lineEnd(text, start);
            scanner.line(text.substring(start, end), number);
            if (end == text.length()) {
                break;
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
            number++;
        }
        return scanner.finish();
    }

    /**
     * {@link #scan(String, String, Warnings)} of the text {@code text} reads, holding one line at a time: lines end
     * at CR LF, CR or LF, and what follows the last line end is a last line, as there.
     */
    static Scan scan(String file, Reader text, Warnings warnings) throws IOException {
        VCardScanner scanner = new VCardScanner(file, warnings);
        Lines lines = new Lines(scanner);
        char[] buffer = new char[1 << 16];
        for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
            lines.chunk(buffer, 0, n);
        }
        scanner.line(lines.current.toString(), lines.number);
        return scanner.finish();
    }

    /** Splits chunks of text into lines for {@link #line}, one chunk per call (so that it is compiled early). */
    private static final class Lines {
        private final VCardScanner scanner;
        private final StringBuilder current = new StringBuilder();
        private long number = 1;
        private boolean afterCr;

        Lines(VCardScanner scanner) {
            this.scanner = scanner;
        }

        void chunk(char[] chars, int offset, int length) {
            int start = offset;
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    start = i + 1;
                    continue;
                }
                afterCr = false;
                if (c == '\r' || c == '\n') {
                    current.append(chars, start, i - start);
                    scanner.line(current.toString(), number++);
                    current.setLength(0);
                    afterCr = c == '\r';
                    start = i + 1;
                }
            }
            current.append(chars, start, offset + length - start);
        }
    }

    private Scan finish() {
        if (open > 0) {
            throw new ImportException(file, open, "the vCard that starts here has no END:VCARD");
        }
        return new Scan(starts, legacyQuotedPrintable ? WINDOWS_1252 : StandardCharsets.UTF_8);
    }

    /** Where the line starting at {@code from} ends: the next CR or LF, or the end of the text. */
    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private void line(String line, long number) {
        if (quotedPrintable) {
            quotedPrintable = line.endsWith("=");
            quotedPrintableValue(line);
            return;
        }
        if (line.isBlank()) {
            base64 = false;
            return;
        }
        if (open > 0 && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
            return;
        }
        if (base64 && base64Text(line)) {
            return;
        }
        base64 = false;
        String upper = line.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("BEGIN:VCARD")) {
            if (open > 0) {
                throw new ImportException(file, number, "BEGIN:VCARD inside the vCard that starts at line " + open
                        + " (missing END:VCARD)");
            }
            open = number;
            starts.add(number);
            if (located != null) {
                located.clear();
            }
            return;
        }
        if (open == 0) {
            throw new ImportException(file, number, "expected BEGIN:VCARD, found '" + shorten(line) + "'");
        }
        if (upper.equals("END:VCARD")) {
            open = 0;
            return;
        }
        if (!PROPERTY.matcher(line).matches() || line.indexOf(':') < 0) {
            throw new ImportException(file, number, "not a vCard property line: '" + shorten(line) + "'");
        }
        String name = line.substring(0, Math.min(indexOfAny(line), line.length())).toUpperCase(Locale.ROOT);
        String head = line.substring(0, line.indexOf(':')).toUpperCase(Locale.ROOT);
        if (located != null) {
            located.add(new Located(name.substring(name.lastIndexOf('.') + 1), number));
        }
        quotedPrintable = head.contains("QUOTED-PRINTABLE") && line.endsWith("=");
        base64 = head.contains("BASE64");
        if (head.contains("QUOTED-PRINTABLE") && !head.contains("CHARSET=") && !legacyQuotedPrintable) {
            unnamedCharset = new StringBuilder();
            quotedPrintableValue(line.substring(line.indexOf(':') + 1));
        }
        if (name.endsWith("BDAY") || name.endsWith("ANNIVERSARY")) {
            checkDate(number, name, line.substring(line.indexOf(':') + 1).strip());
        }
    }

    /**
     * Adds a line of a quoted-printable value that names no charset; at its last line, notes whether its
     * bytes are UTF-8. Linear: each line is appended once and the value decoded once.
     */
    private void quotedPrintableValue(String line) {
        if (unnamedCharset == null) {
            return;
        }
        unnamedCharset.append(line, 0, line.endsWith("=") ? line.length() - 1 : line.length());
        if (quotedPrintable) {
            return;
        }
        legacyQuotedPrintable = !utf8(decodeQuotedPrintable(unnamedCharset));
        unnamedCharset = null;
    }

    /** The bytes of a quoted-printable value ({@code =XX} escapes; other characters as UTF-8). */
    private static byte[] decodeQuotedPrintable(CharSequence value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(value.charAt(i + 2), 16);
            if (c == '=' && low >= 0) {
                out.write(high * 16 + low);
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether {@code line} is only base64 characters (an unindented line of a vCard 2.1 base64 value). */
    private static boolean base64Text(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=')) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String line) {
        int semi = line.indexOf(';');
        int colon = line.indexOf(':');
        return semi < 0 ? colon : Math.min(semi, colon);
    }

    private void checkDate(long line, String name, String value) {
        var m = DATE.matcher(value);
        var noYear = NO_YEAR.matcher(value);
        boolean withYear = m.matches();
        if (!withYear && !noYear.matches()) {
            return;
        }
        try {
            if (withYear) {
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else {
                LocalDate.of(LEAP_YEAR, Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            warnings.add(file, line, name.substring(name.lastIndexOf('.') + 1) + ": '" + shorten(value)
                    + "' is not a valid date (ignored)");
        }
    }

    private static String shorten(String line) {
        String s = line.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

}
