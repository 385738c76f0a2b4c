package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file: UTF-8 (a byte-order mark is dropped), or UTF-16 when a byte-order mark
 * says so (Outlook's "Unicode" CSV), with no control characters besides tab, carriage return and line
 * feed. Anything else is binary data and an {@link ImportException} naming the line where it starts.
 * A contacts export ({@link #decodeExport}) that is not UTF-8 but clean Windows-1252 text (what Outlook
 * and older Windows programs write) is read as Windows-1252, with a warning; one that is UTF-8 up to a
 * damaged byte is refused (reading it as Windows-1252 would garble all its accents).
 */
final class TextInput {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextInput() {
    }

    /** The text of {@code bytes}: UTF-8, or UTF-16 with a byte-order mark; else an {@link ImportException}. */
    static String decode(String file, byte[] bytes) {
        return decode(file, bytes, null);
    }

    /**
     * The text of {@code bytes} as {@link #decode(String, byte[])} reads it, except that a file that is
     * not UTF-8 but reads as Windows-1252 text without control characters is read so, with a warning on
     * the line of its first byte that is not UTF-8.
     */
    static String decodeExport(String file, byte[] bytes, Warnings warnings) {
        return decode(file, bytes, warnings);
    }

    private static String decode(String file, byte[] bytes, Warnings legacy) {
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return checked(file, utf16(file, bytes, utf16));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = lineAt(bytes, in.position());
            String reason = "binary data or text that is not UTF-8 (byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff)
                    + ")";
            String windows = legacy == null || !ascii(bytes, start, in.position()) ? null : windows1252(bytes);
            if (windows == null) {
                throw new ImportException(file, line, reason);
            }
            legacy.add(file, line, "the file is not UTF-8 (byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff)
                    + "); read as Windows-1252");
            return windows;
        }
        decoder.flush(out);
        out.flip();
        return checked(file, out.toString());
    }

    /** Whether {@code bytes[from, to)} are all ASCII: no UTF-8 text before the first byte that is not UTF-8. */
    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16LE or UTF-16BE when {@code bytes} start with that byte-order mark; else null. */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0xFF && second == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return first == 0xFE && second == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    private static String utf16(String file, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
        CharBuffer out = CharBuffer.allocate(bytes.length / 2 + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new ImportException(file, lineOf(out.toString(), out.length()),
                    "broken UTF-16 text (the file starts with a UTF-16 byte-order mark)");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** {@code bytes} read as Windows-1252 text, or null when they hold bytes it lacks or control characters. */
    private static String windows1252(byte[] bytes) {
        String text;
        try {
            text = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return firstControl(text) < 0 ? text : null;
    }

    /** {@code text}, or an {@link ImportException} at its first control character. */
    private static String checked(String file, String text) {
        int at = firstControl(text);
        if (at >= 0) {
            throw new ImportException(file, lineOf(text, at),
                    "binary data (control character U+" + String.format("%04X", (int) text.charAt(at)) + ")");
        }
        return text;
    }

    /** The index of the first control character of {@code text} besides tab, CR and LF; -1 when none. */
    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line of character {@code index} in {@code text}. */
    static long lineOf(String text, int index) {
        long line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long lineAt(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
