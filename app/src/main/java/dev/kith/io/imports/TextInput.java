package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file: strict UTF-8 (a byte-order mark is dropped), with no control
 * characters besides tab, carriage return and line feed. Anything else is binary data and an
 * {@link ImportException} naming the line where it starts.
 */
final class TextInput {
    private TextInput() {
    }

    static String decode(String file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ImportException(file, lineAt(bytes, in.position()),
                    "binary data or text that is not UTF-8 (byte 0x"
                            + Integer.toHexString(bytes[in.position()] & 0xff) + ")");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f) {
                throw new ImportException(file, lineOf(text, i),
                        "binary data (control character U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return text;
    }

    /** The 1-based line of character {@code index} in {@code text}. */
    static long lineOf(String text, int index) {
        long line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long lineAt(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
