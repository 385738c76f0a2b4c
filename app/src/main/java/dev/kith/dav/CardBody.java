package dev.kith.dav;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The text of a card's bytes as a client PUT them. UTF-8 (the rule since vCard 3.0) is taken as it is, a byte order
 * mark dropped. Anything else is repaired rather than read with replacement characters: a {@code charset} in the
 * request's Content-Type decodes the whole body; otherwise each property, its folded lines joined byte by byte
 * (Android and Outlook fold in the middle of a UTF-8 sequence), is UTF-8 if it reads as such, else in its own
 * vCard 2.1 {@code CHARSET} parameter (which is then dropped), else Windows-1252. Linear in the body. Thread-safe.
 */
final class CardBody {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CardBody() {
    }

    /** The card's text; {@code asSent}: it is the bytes sent, unchanged (so their ETag is the stored card's). */
    record Decoded(String text, boolean asSent) {
    }

    /**
     * The text of {@code body}, sent with the Content-Type {@code contentType} (may be null), without the control
     * characters a vCard cannot hold (all but tab, CR and LF: a bell or NUL a phone's junk carries would make Kith
     * refuse the whole card for one letter).
     */
    static Decoded decode(byte[] body, String contentType) {
        Decoded d = read(body, contentType);
        String text = d.text();
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f;
            if (control && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? d : new Decoded(clean.toString(), false);
    }

    private static Decoded read(byte[] body, String contentType) {
        int start = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        Charset declared = charset(contentType);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)) {
            String text = strict(body, start, body.length - start, declared);
            if (text != null) {
                return new Decoded(text, false);
            }
        }
        String utf8 = strict(body, start, body.length - start, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, start == 0);
        }
        return new Decoded(repaired(body, start), false);
    }

    /** Each property of {@code body} from {@code start}, unfolded, in the first encoding that reads it; CRLF after each. */
    private static String repaired(byte[] body, int start) {
        StringBuilder out = new StringBuilder(body.length + 64);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int i = start;
        while (i < body.length) {
            int end = i;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            int stop = end > i && body[end - 1] == '\r' ? end - 1 : end;
            boolean continued = stop > i && (body[i] == ' ' || body[i] == '\t');
            if (continued) {
                line.write(body, i + 1, stop - i - 1);
            } else {
                flush(line, out);
                line.write(body, i, stop - i);
            }
            i = end + 1;
        }
        flush(line, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream line, StringBuilder out) {
        if (line.size() == 0) {
            return;
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        String text = strict(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        if (text == null) {
            text = ownCharset(bytes);
        }
        out.append(text).append("\r\n");
    }

    /** A property in the charset its CHARSET parameter names (that parameter dropped), else in Windows-1252. */
    private static String ownCharset(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1); // one char a byte, to find the parameter
        int colon = latin.indexOf(':');
        String head = colon < 0 ? latin : latin.substring(0, colon);
        String upper = head.toUpperCase(Locale.ROOT);
        int at = upper.indexOf(";CHARSET=");
        if (colon >= 0 && at >= 0) {
            int valueStart = at + ";CHARSET=".length();
            int valueEnd = head.indexOf(';', valueStart);
            valueEnd = valueEnd < 0 ? head.length() : valueEnd;
            Charset named = charsetNamed(head.substring(valueStart, valueEnd).replace("\"", "").strip());
            if (named != null) {
                String value = strict(bytes, colon + 1, bytes.length - colon - 1, named);
                if (value != null) {
                    return head.substring(0, at) + head.substring(valueEnd) + ":" + value;
                }
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** The bytes decoded in {@code charset}, or null when they are not text in it. */
    private static String strict(byte[] bytes, int offset, int length, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset parameter of a Content-Type, or null when it has none Java knows. */
    private static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                return charsetNamed(param.substring(eq + 1).replace("\"", "").strip());
            }
        }
        return null;
    }

    private static Charset charsetNamed(String name) {
        try {
            return name.isEmpty() ? null : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
