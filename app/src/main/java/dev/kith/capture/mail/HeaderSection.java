package dev.kith.capture.mail;

import java.nio.charset.StandardCharsets;

/**
 * A message's header section as an IMAP server sends it (the fields asked for, or, from some servers, all
 * of them) read into {@link Headers}: each field's value as UTF-8 when its bytes are valid UTF-8 (RFC 6532
 * internationalized headers), else Windows-1252, as a file source reads it (a Latin-1 name beside a UTF-8 subject
 * is read as each was written); folded lines unfolded; reading stops at the empty line. Linear in the section's
 * length.
 */
final class HeaderSection {
    private HeaderSection() {
    }

    static Headers parse(byte[] section) {
        Headers headers = new Headers();
        String name = null;
        java.io.ByteArrayOutputStream value = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < section.length) {
            int end = i;
            while (end < section.length && section[end] != '\n') {
                end++;
            }
            int len = end > i && section[end - 1] == '\r' ? end - i - 1 : end - i;
            int from = i;
            i = end + 1;
            if (len == 0) {
                break;
            }
            if ((section[from] == ' ' || section[from] == '\t') && name != null) {
                if (value.size() < Headers.MAX_VALUE * 4) {
                    value.write(section, from, len);
                }
                continue;
            }
            if (name != null) {
                headers.add(name, MessageAssembler.text(value.toByteArray()));
            }
            int colon = -1;
            for (int k = from; k < from + len; k++) {
                if (section[k] == ':') {
                    colon = k;
                    break;
                }
            }
            name = colon > from ? new String(section, from, colon - from, StandardCharsets.ISO_8859_1).strip() : null;
            value.reset();
            if (name != null) {
                value.write(section, colon + 1, from + len - colon - 1);
            }
        }
        if (name != null) {
            headers.add(name, MessageAssembler.text(value.toByteArray()));
        }
        return headers;
    }
}
