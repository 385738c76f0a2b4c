package dev.kith.io;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 line folding by octets: content lines longer than 75 UTF-8 octets are split with CRLF and
 * one space, never inside a character (ez-vcard and biweekly count characters, not octets). Used by the vCard and iCalendar writers.
 */
public final class Folding {
    static final int OCTETS = 75;

    private Folding() {
    }

    /** Folds every CRLF-terminated line of {@code unfolded}. */
    public static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = OCTETS;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = OCTETS - 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
