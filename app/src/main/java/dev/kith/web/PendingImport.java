package dev.kith.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The one upload waiting between its dry run and "apply"; a newer upload replaces it. Thread-safe. */
final class PendingImport {
    private final SecureRandom random = new SecureRandom();
    private Upload held;

    /** A file as uploaded, under a random id the page sends back to apply it. */
    record Upload(String id, String fileName, byte[] content) {
    }

    synchronized String hold(String fileName, byte[] content) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        held = new Upload(HexFormat.of().formatHex(id), fileName, content.clone());
        return held.id();
    }

    /** The upload with this id, removed from waiting; null when there is none. */
    synchronized Upload take(String id) {
        if (held == null || id == null || !held.id().equals(id)) {
            return null;
        }
        Upload u = held;
        held = null;
        return u;
    }
}
