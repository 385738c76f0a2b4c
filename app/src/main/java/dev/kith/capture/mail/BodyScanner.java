package dev.kith.capture.mail;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Finds the first text/plain part of a body as its lines stream past, through nested multiparts,
 * and keeps at most {@value #RAW_LIMIT} bytes of it for the snippet; every other line is looked at
 * once and dropped. Broken MIME (no boundary, a part never closed) gives no snippet, never an error.
 * Not thread-safe.
 */
final class BodyScanner {
    static final int RAW_LIMIT = 4096;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PART_HEADER = 4096;

    private enum Mode { TEXT, MULTIPART, PART_HEADERS, PART_TEXT, DONE }

    private Mode mode;
    private final Deque<byte[]> boundaries = new ArrayDeque<>();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private String encoding;
    private String charset;
    private final StringBuilder partHeaders = new StringBuilder();

    BodyScanner(String contentType, String transferEncoding) {
        ContentTypes.Parsed type = ContentTypes.parse(contentType);
        if (type.multipart()) {
            if (type.boundary() != null) {
                boundaries.push(delimiter(type.boundary()));
                mode = Mode.MULTIPART;
            } else {
                mode = Mode.DONE;
            }
        } else if (type.textPlain()) {
            mode = Mode.TEXT;
            encoding = transferEncoding;
            charset = type.charset();
        } else {
            mode = Mode.DONE;
        }
    }

    boolean done() {
        return mode == Mode.DONE;
    }

    /** One body line without its end; {@code truncated} when the line was longer than what is given. */
    void line(byte[] b, int len) {
        switch (mode) {
            case TEXT -> keep(b, len);
            case PART_TEXT -> {
                if (boundaryAt(b, len) != 0) {
                    mode = Mode.DONE;
                } else {
                    keep(b, len);
                }
            }
            case MULTIPART -> boundaryAt(b, len);
            case PART_HEADERS -> partHeader(b, len);
            case DONE -> { }
        }
    }

    /** The snippet: up to {@link Snippets#MAX} characters of the text found, or null when there is none. */
    String snippet() {
        if (raw.size() == 0) {
            return null;
        }
        return Snippets.of(raw.toByteArray(), encoding, charset);
    }

    private void keep(byte[] b, int len) {
        int room = RAW_LIMIT - raw.size();
        raw.write(b, 0, Math.min(room, len));
        if (raw.size() < RAW_LIMIT) {
            raw.write('\r');
            raw.write('\n');
        }
        if (raw.size() >= RAW_LIMIT) {
            mode = Mode.DONE;
        }
    }

    /**
     * When the line is a delimiter of an open multipart, moves to that part's headers (or, on a
     * closing delimiter, back out to the enclosing multipart) and returns 1 or -1; else 0.
     */
    private int boundaryAt(byte[] b, int len) {
        if (len < 3 || b[0] != '-' || b[1] != '-') {
            return 0;
        }
        int depth = 0;
        for (byte[] delimiter : boundaries) {
            if (startsWith(b, len, delimiter)) {
                for (int i = 0; i < depth; i++) {
                    boundaries.pop();
                }
                boolean closing = len >= delimiter.length + 2 && b[delimiter.length] == '-'
                        && b[delimiter.length + 1] == '-';
                if (closing) {
                    boundaries.pop();
                    mode = boundaries.isEmpty() ? Mode.DONE : Mode.MULTIPART;
                    return -1;
                }
                partHeaders.setLength(0);
                mode = Mode.PART_HEADERS;
                return 1;
            }
            depth++;
        }
        return 0;
    }

    private void partHeader(byte[] b, int len) {
        if (len == 0) {
            startPart();
            return;
        }
        if (partHeaders.length() + len < MAX_PART_HEADER) {
            boolean continuation = b[0] == ' ' || b[0] == '\t';
            if (!continuation && partHeaders.length() > 0) {
                partHeaders.append('\n');
            }
            partHeaders.append(new String(b, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    private void startPart() {
        String type = null;
        String transfer = null;
        String disposition = null;
        for (String field : partHeaders.toString().split("\n")) {
            int colon = field.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = field.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = field.substring(colon + 1).trim();
            switch (name) {
                case "content-type" -> type = value;
                case "content-transfer-encoding" -> transfer = value;
                case "content-disposition" -> disposition = value;
                default -> { }
            }
        }
        ContentTypes.Parsed parsed = ContentTypes.parse(type);
        if (parsed.multipart() && parsed.boundary() != null && boundaries.size() < MAX_DEPTH) {
            boundaries.push(delimiter(parsed.boundary()));
            mode = Mode.MULTIPART;
        } else if (parsed.textPlain() && (disposition == null
                || !disposition.toLowerCase(Locale.ROOT).startsWith("attachment"))) {
            encoding = transfer;
            charset = parsed.charset();
            mode = Mode.PART_TEXT;
        } else {
            mode = Mode.MULTIPART;
        }
    }

    private static byte[] delimiter(String boundary) {
        return ("--" + boundary).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] b, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
