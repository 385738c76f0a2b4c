package dev.kith.capture.mail;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line (LF or CRLF) keeping at most {@link #MAX_LINE} bytes of each line:
 * a longer line is consumed to its end without being stored, so a 10 MB line costs one pass and no
 * memory. Linear in the input; not thread-safe.
 */
final class LineReader {
    /** Bytes of a line kept; the rest of a longer line is skipped (its full length is still known). */
    static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private long fullLength;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Reads the next line without its end; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any) {
                        trimCarriageReturn();
                    }
                    return any;
                }
            }
            any = true;
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            keep(pos, end - pos);
            if (end < limit) {
                pos = end + 1;
                trimCarriageReturn();
                return true;
            }
            pos = limit;
        }
    }

    private void keep(int from, int count) {
        int room = Math.min(count, MAX_LINE - length);
        if (room > 0) {
            System.arraycopy(buffer, from, line, length, room);
            length += room;
        }
        fullLength += count;
    }

    private void trimCarriageReturn() {
        if (length > 0 && length == fullLength && line[length - 1] == '\r') {
            length--;
            fullLength--;
        }
    }

    /** The kept bytes of the current line: {@code bytes()[0..length())}. Overwritten by the next call. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** The whole length of the current line, beyond what was kept. */
    long fullLength() {
        return fullLength;
    }

    boolean truncated() {
        return fullLength > length;
    }

    /** Whether the current line starts with the ASCII text {@code prefix}. */
    boolean startsWith(String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the current line is empty or only spaces and tabs. */
    boolean blank() {
        if (truncated()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
