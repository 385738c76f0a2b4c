package dev.kith.capture.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A message's header section as an IMAP server sends it (the fields asked for, or, from some servers, all
 * of them) read into {@link Headers}: UTF-8 when the bytes are valid UTF-8 (RFC 6532 internationalized
 * headers), else ISO-8859-1, byte for byte; folded lines unfolded; reading stops at the empty line.
 * Linear in the section's length.
 */
final class HeaderSection {
    private HeaderSection() {
    }

    static Headers parse(byte[] section) {
        Headers headers = new Headers();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : text(section).split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                if (value.length() < Headers.MAX_VALUE) {
                    value.append(line);
                }
                continue;
            }
            if (name != null) {
                headers.add(name, value.toString());
            }
            int colon = line.indexOf(':');
            name = colon > 0 ? line.substring(0, colon).strip() : null;
            value.setLength(0);
            if (name != null) {
                value.append(line, colon + 1, line.length());
            }
        }
        if (name != null) {
            headers.add(name, value.toString());
        }
        return headers;
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
