package dev.kith.capture.mail;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins RFC 2047 encoded words that a mailer split in the middle of a character: {@code =?UTF-8?Q?Jos=C3?=
 * =?UTF-8?Q?=A9?=} is one "José" split over two words, which a decoder reading each word alone turns into
 * "Jos��". Adjacent words (only white space between them) in the same charset become one base64 word; any
 * other text is left as it is. A word in a charset Java does not know ({@code =?x-unknown?Q?Bob?=}) is read as
 * ISO-8859-1, so its ASCII letters show instead of the raw word. Linear in the length of the field.
 * Thread-safe (stateless).
 */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([QqBb])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    /** {@code field} with each run of adjacent encoded words in one charset joined into one word. */
    static String join(String field) {
        if (field == null || field.indexOf("=?") < 0) {
            return field;
        }
        Matcher m = WORD.matcher(field);
        StringBuilder out = new StringBuilder(field.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        String charset = null;
        int words = 0;
        int runStart = 0;
        int consumed = 0;
        while (m.find()) {
            byte[] bytes = bytes(m.group(2), m.group(3));
            String named = known(m.group(1));
            boolean joins = words > 0 && bytes != null && charset.equalsIgnoreCase(named)
                    && field.substring(consumed, m.start()).isBlank();
            if (!joins) {
                flush(out, field, runStart, consumed, charset, run, words);
                out.append(field, consumed, m.start());
                words = 0;
                run.reset();
                if (bytes == null) { // not decodable: left as it is
                    out.append(field, m.start(), m.end());
                    consumed = m.end();
                    continue;
                }
                charset = named;
                runStart = m.start();
            }
            run.writeBytes(bytes);
            words++;
            consumed = m.end();
        }
        flush(out, field, runStart, consumed, charset, run, words);
        out.append(field, consumed, field.length());
        return out.toString();
    }

    /** Appends the run of {@code words} words at [from, to): as it was when one word, else joined into one. */
    private static void flush(StringBuilder out, String field, int from, int to, String charset,
                              ByteArrayOutputStream run, int words) {
        if (words == 1 && field.startsWith("=?" + charset + "?", from)) {
            out.append(field, from, to);
        } else if (words > 0) {
            out.append("=?").append(charset).append("?B?").append(Base64.getEncoder().encodeToString(run.toByteArray()))
                    .append("?=");
        }
    }

    /** {@code charset} when Java can decode it (under its MIME or Java name), else {@code ISO-8859-1}. */
    private static String known(String charset) {
        try {
            int star = charset.indexOf('*'); // RFC 2231 language: =?UTF-8*en?Q?...?=
            if (star < 0 && Charset.isSupported(MimeUtility.javaCharset(charset))) {
                return charset;
            }
        } catch (IllegalArgumentException e) {
            // an illegal charset name: read as ISO-8859-1 below
        }
        return "ISO-8859-1";
    }

    /** The bytes an encoded word's text stands for; null when it cannot be read. */
    private static byte[] bytes(String encoding, String text) {
        if (encoding.toUpperCase(Locale.ROOT).equals("B")) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                return null;
            }
        }
        return out.toByteArray();
    }
}
