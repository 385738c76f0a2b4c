package dev.kith.capture.mail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds one message from its raw lines as a file source reads them: the header fields capture keeps
 * ({@link Headers}) and the snippet ({@link BodyScanner}); the rest is looked at once and dropped.
 * Memory is bounded whatever the input: a header field with a line longer than {@link LineReader#MAX_LINE} is
 * dropped with a warning ({@link #warnings()}; a bad field inside a good message), while a header section over
 * {@value #MAX_HEADER_BYTES} bytes makes the message unreadable. Not thread-safe.
 */
final class MessageAssembler {
    static final long MAX_HEADER_BYTES = 1024 * 1024;
    /** Warnings kept of one message. */
    private static final int MAX_WARNINGS = 5;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final boolean mboxQuoted;
    private final Headers headers = new Headers();
    private boolean inHeaders = true;
    private boolean sawField;
    private String problem;
    private long headerBytes;
    private String field;
    /** The name of the field being read, kept or not (for a warning); null before the first. */
    private String current;
    /** Whether the field being read was dropped for an over-long line. */
    private boolean dropped;
    private final java.util.List<String> warnings = new java.util.ArrayList<>();
    private final ByteArrayOutputStream value = new ByteArrayOutputStream();
    private BodyScanner body;

    /** {@code mboxQuoted}: body lines {@code >From } (any number of {@code >}) lose one {@code >} (mboxrd). */
    MessageAssembler(boolean mboxQuoted) {
        this.mboxQuoted = mboxQuoted;
    }

    /** The next line of the message, as the reader holds it. */
    void line(LineReader r) {
        if (inHeaders) {
            header(r);
        } else if (body != null && !body.done()) {
            byte[] b = r.bytes();
            int len = r.length();
            if (mboxQuoted && len > 5 && b[0] == '>' && quotedFrom(b, len)) {
                System.arraycopy(b, 1, b, 0, len - 1);
                len--;
            }
            body.line(b, len);
        }
    }

    /** Why the message cannot be read, or null when it can. */
    String problem() {
        finishHeaders();
        if (problem == null && !sawField) {
            problem = "no header fields";
        }
        return problem;
    }

    Headers headers() {
        finishHeaders();
        return headers;
    }

    /** The fields dropped from a message that was read, each with why; empty when none. */
    java.util.List<String> warnings() {
        return java.util.List.copyOf(warnings);
    }

    /** The snippet of the first text/plain part, or null. */
    String snippet() {
        return body == null ? null : body.snippet();
    }

    private void header(LineReader r) {
        headerBytes += r.fullLength() + 1;
        if (headerBytes > MAX_HEADER_BYTES) {
            fail("the header is longer than " + MAX_HEADER_BYTES + " bytes");
            return;
        }
        byte[] b = r.bytes();
        int len = r.length();
        if (r.truncated()) {
            overLong(b, len);
            return;
        }
        if (len == 0) {
            finishHeaders();
            inHeaders = false;
            body = new BodyScanner(headers.get("content-type"), headers.get("content-transfer-encoding"));
            return;
        }
        if (b[0] == ' ' || b[0] == '\t') {
            if (field != null && value.size() < Headers.MAX_VALUE * 4) {
                value.write(b, 0, len);
            }
            return;
        }
        int colon = nameEnd(b, len);
        if (colon < 0) {
            if (!sawField) {
                fail("the message does not start with header fields");
            }
            return; // a stray line among the fields: skipped, as mail readers do
        }
        flushField();
        sawField = true;
        current = new String(b, 0, colon, StandardCharsets.ISO_8859_1).trim();
        String name = current.toLowerCase(Locale.ROOT);
        dropped = false;
        if (Headers.WANTED.contains(name)) {
            field = name;
            value.write(b, colon + 1, len - colon - 1);
        }
    }

    /**
     * A header line longer than {@link LineReader#MAX_LINE} ({@code b} holds its start): the field it starts or
     * continues is dropped with a warning and its further lines skipped; the message is still read. Before any field,
     * it is no message.
     */
    private void overLong(byte[] b, int len) {
        String name;
        if (b[0] == ' ' || b[0] == '\t') {
            if (current == null) {
                return; // indented text before any field: skipped as a stray line is
            }
            name = current;
        } else {
            int colon = nameEnd(b, len);
            if (colon < 0) {
                if (!sawField) {
                    fail("the message does not start with header fields");
                }
                return;
            }
            flushField();
            sawField = true;
            dropped = false;
            name = new String(b, 0, colon, StandardCharsets.ISO_8859_1).trim();
        }
        field = null;
        value.reset();
        current = name;
        if (!dropped && warnings.size() < MAX_WARNINGS) {
            warnings.add("the " + Snippets.oneLine(name, 60) + " field has a line longer than " + LineReader.MAX_LINE
                    + " bytes; the field was dropped");
        }
        dropped = true; // the rest of this field is skipped without a second warning
    }

    private void fail(String reason) {
        if (problem == null) {
            problem = reason;
        }
        field = null;
        inHeaders = false;
        body = null;
    }

    private void finishHeaders() {
        if (inHeaders) {
            flushField();
        }
    }

    private void flushField() {
        if (field != null) {
            headers.add(field, text(value.toByteArray()));
            field = null;
        }
        value.reset();
    }

    /** The index of the colon ending a field name (printable ASCII, maybe spaces before the colon), or -1. */
    private static int nameEnd(byte[] b, int len) {
        int max = Math.min(len, 200);
        for (int i = 0; i < max; i++) {
            byte c = b[i];
            if (c == ':') {
                return i > 0 ? i : -1;
            }
            if (c < 33 && c != ' ' || c > 126) {
                return -1;
            }
        }
        return -1;
    }

    /** Header bytes as text: UTF-8 when they are valid UTF-8 (RFC 6532), else Windows-1252. */
    static String text(byte[] bytes) {
        boolean ascii = true;
        for (byte x : bytes) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean quotedFrom(byte[] b, int len) {
        int i = 0;
        while (i < len && b[i] == '>') {
            i++;
        }
        return len - i >= 5 && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm' && b[i + 4] == ' ';
    }
}
