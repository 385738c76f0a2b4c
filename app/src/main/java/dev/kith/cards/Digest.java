package dev.kith.cards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, in hex, and the strong ETags made of it. Thread-safe. */
final class Digest {
    private Digest() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The strong ETag of {@code text}: its SHA-256, quoted. */
    static String etag(String text) {
        return "\"" + sha256(text).substring(0, 40) + "\"";
    }
}
