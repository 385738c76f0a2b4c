package dev.kith.capture.mail;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the first bytes of a text part into a snippet: transfer encoding and charset decoded, quoted
 * lines and the signature left out, whitespace collapsed, at most {@value #MAX} characters.
 */
final class Snippets {
    static final int MAX = 200;

    private Snippets() {
    }

    /** The snippet of {@code raw} (a text part's first bytes), or null when nothing readable is left. */
    static String of(byte[] raw, String transferEncoding, String charset) {
        String encoding = transferEncoding == null ? "" : transferEncoding.trim().toLowerCase(Locale.ROOT);
        byte[] bytes = switch (encoding) {
            case "base64" -> base64(raw);
            case "quoted-printable" -> quotedPrintable(raw);
            default -> raw;
        };
        return clean(decode(bytes, charset));
    }

    /** Collapses whitespace and control characters to single spaces and trims; at most {@code max} characters. */
    static String oneLine(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (sb.length() > max) {
            int cut = max - 1;
            if (Character.isLowSurrogate(sb.charAt(cut))) {
                cut--;
            }
            sb.setLength(cut);
            sb.append('…');
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(Math.min(text.length(), 2 * MAX));
        int start = 0;
        while (start <= text.length() && kept.length() < 2 * MAX) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (stop - start == 3 && text.startsWith("-- ", start) || stop - start == 2 && text.startsWith("--", start)) {
                break;
            }
            if (stop == start || text.charAt(start) != '>') {
                kept.append(text, start, stop).append(' ');
            }
            start = end + 1;
        }
        return oneLine(kept.toString(), MAX);
    }

    /** Decodes with the part's charset; bytes that are valid UTF-8 are read as UTF-8 when none is named. */
    static String decode(byte[] bytes, String charset) {
        Charset named = charset(charset);
        if (named == null || named.equals(StandardCharsets.US_ASCII)) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, Charset.forName("windows-1252"));
            }
        }
        return new String(bytes, named);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.trim()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] base64(byte[] raw) {
        StringBuilder clean = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        clean.setLength(clean.length() - clean.length() % 4);
        try {
            return java.util.Base64.getDecoder().decode(clean.toString());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] quotedPrintable(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b != '=') {
                out.write(b);
            } else if (i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else if (i + 1 < raw.length && raw[i + 1] == '\n') {
                i += 1;
            } else if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }
}
