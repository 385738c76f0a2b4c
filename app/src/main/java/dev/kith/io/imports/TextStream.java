package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an imported contacts export read as a stream, for files too large to hold whole: the
 * same checks and character sets as {@link TextInput#decodeExport} (UTF-8, UTF-16 with a byte-order mark,
 * or clean Windows-1252 with a warning; no control characters besides tab, CR and LF; a failure is an
 * {@link ImportException} with the same line and reason), decided by one pass over the bytes that keeps
 * only a buffer; {@link #reader()} then gives the text as often as needed, without its byte-order mark and
 * without the U+FEFF characters of files joined with {@code cat}. Memory: a buffer, whatever the size
 * of the file; time linear in it. Not thread-safe.
 */
final class TextStream {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 1 << 16;

    /** Opens the bytes from their start, as often as asked. */
    interface Bytes {
        InputStream open() throws IOException;
    }

    private final String file;
    private final Bytes bytes;
    private final Charset charset;
    private final int bom;

    private TextStream(String file, Bytes bytes, Charset charset, int bom) {
        this.file = file;
        this.bytes = bytes;
        this.charset = charset;
        this.bom = bom;
    }

    /** The text of the file at {@code path}, called {@code file} in messages; checked whole before it returns. */
    static TextStream of(String file, Path path, Warnings warnings) {
        return of(file, () -> Files.newInputStream(path), warnings);
    }

    /** The text of {@code content}, called {@code file} in messages; checked whole before it returns. */
    static TextStream of(String file, byte[] content, Warnings warnings) {
        return of(file, () -> new ByteArrayInputStream(content), warnings);
    }

    private static TextStream of(String file, Bytes bytes, Warnings warnings) {
        try {
            byte[] head = new byte[3];
            int n;
            try (InputStream in = bytes.open()) {
                n = in.readNBytes(head, 0, 3);
            }
            int first = n > 0 ? head[0] & 0xff : -1;
            int second = n > 1 ? head[1] & 0xff : -1;
            if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
                Charset utf16 = first == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                Pass pass = decode(bytes, utf16, 2);
                if (pass.badByte >= 0) {
                    throw new ImportException(file, pass.lines, "broken UTF-16 text (the file starts with a UTF-16 byte-order mark)");
                }
                pass.controlFree(file);
                return new TextStream(file, bytes, utf16, 2);
            }
            int bom = n == 3 && first == 0xEF && second == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
            Pass utf8 = decode(bytes, StandardCharsets.UTF_8, bom);
            if (utf8.badByte < 0) {
                utf8.controlFree(file);
                return new TextStream(file, bytes, StandardCharsets.UTF_8, bom);
            }
            String reason = "binary data or text that is not UTF-8 (byte 0x" + Integer.toHexString(utf8.badByte) + ")";
            if (utf8.asciiBefore) {
                Pass windows = decode(bytes, WINDOWS_1252, 0);
                if (windows.badByte < 0 && windows.control < 0) {
                    warnings.add(file, utf8.lines, "the file is not UTF-8 (byte 0x" + Integer.toHexString(utf8.badByte)
                            + "); read as Windows-1252");
                    return new TextStream(file, bytes, WINDOWS_1252, 0);
                }
            }
            throw new ImportException(file, utf8.lines, reason);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * The text from its start, as a new reader (buffered): without the byte-order mark, without U+FEFF. The
     * caller closes it.
     */
    Reader reader() {
        try {
            InputStream in = bytes.open();
            in.skipNBytes(bom);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new WithoutBom(new InputStreamReader(in, decoder));
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file again: " + e.getMessage());
        }
    }

    /**
     * What one decoding pass found: the first byte that does not decode ({@code badByte}, -1 when none), whether
     * every byte before it is ASCII and its line (1 plus the line feeds before it), and the first control
     * character (-1 when none) and its line. A byte that does not decode goes first, as in {@link TextInput}.
     */
    private static final class Pass {
        int badByte = -1;
        boolean asciiBefore = true;
        long lines = 1;
        int control = -1;
        long controlLine;

        void controlFree(String file) {
            if (control >= 0) {
                throw new ImportException(file, controlLine, "binary data (control character U+"
                        + String.format("%04X", control) + ")");
            }
        }

        void chars(CharBuffer chars) {
            for (int i = chars.position(); i < chars.limit(); i++) {
                char c = chars.get(i);
                if (c == '\n') {
                    lines++;
                } else if (control < 0 && (c < 0x20 && c != '\t' && c != '\r' || c == 0x7f)) {
                    control = c;
                    controlLine = lines;
                }
            }
        }
    }

    /** Decodes the whole stream in {@code charset} after {@code skip} bytes, up to the first byte that does not decode. */
    private static Pass decode(Bytes bytes, Charset charset, int skip) throws IOException {
        Pass pass = new Pass();
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        try (InputStream stream = bytes.open()) {
            stream.skipNBytes(skip);
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = stream.read(in.array(), in.position(), in.remaining());
                    if (n < 0) {
                        end = true;
                    } else {
                        in.position(in.position() + n);
                    }
                }
                in.flip();
                int from = in.position();
                CoderResult result = decoder.decode(in, out, end);
                pass.asciiBefore &= ascii(in.array(), from, in.position());
                out.flip();
                pass.chars(out);
                out.clear();
                if (result.isError()) {
                    pass.badByte = in.get(in.position()) & 0xff;
                    return pass;
                }
                in.compact();
                if (end && result.isUnderflow()) {
                    decoder.flush(out);
                    out.flip();
                    pass.chars(out);
                    return pass;
                }
            }
        }
    }

    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** A reader without the U+FEFF characters of its source (byte-order marks of files joined with cat). */
    private static final class WithoutBom extends FilterReader {
        WithoutBom(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c;
            do {
                c = super.read();
            } while (c == '\uFEFF');
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (true) {
                int n = super.read(buffer, offset, length);
                if (n <= 0) {
                    return n;
                }
                int kept = offset;
                for (int i = offset; i < offset + n; i++) {
                    if (buffer[i] != '\uFEFF') {
                        buffer[kept++] = buffer[i];
                    }
                }
                if (kept > offset) {
                    return kept - offset;
                }
            }
        }
    }
}
