package dev.kith.cli;

import dev.kith.core.KithException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading a password from standard input (never from the command line, where others can see it). */
final class Passwords {
    private static final int MAX_BYTES = 4096;

    private Passwords() {
    }

    /** The first line of {@code in}, without its line end; refuses more than 4 KB. */
    static String fromStdin(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new KithException("the password on standard input is longer than " + MAX_BYTES + " bytes");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new KithException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
