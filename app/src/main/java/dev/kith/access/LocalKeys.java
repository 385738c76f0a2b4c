package dev.kith.access;

import dev.kith.core.KithException;
import dev.kith.core.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The keys a server keeps in Kith's private config folder, never in the database or a backup: the
 * personal server's secret (file {@code token}, what {@code kith token} prints) and the key the calendar
 * feed addresses are derived from (file {@code feed.key}). Each is created on first use, owner-only
 * (0600); a file that others can read, or that holds fewer than 128 bits, is refused. Thread-safe.
 */
public final class LocalKeys {
    static final String SECRET_FILE = "token";
    static final String FEED_KEY_FILE = "feed.key";
    /** 22 Base64 characters carry 132 bits: anything shorter is not a secret worth the name. */
    private static final int MIN_LENGTH = 22;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path folder;

    public LocalKeys(Path folder) {
        this.folder = folder;
    }

    /** Where the personal server's secret is kept. */
    public Path secretFile() {
        return folder.resolve(SECRET_FILE);
    }

    /** The personal server's secret, created on first use. */
    public synchronized String secret() {
        return readOrCreate(secretFile(), "the server's secret");
    }

    /** Replaces the personal server's secret: open browsers and scripts need the new one. */
    public synchronized String rotateSecret() {
        String secret = Secrets.random();
        PrivateFiles.writeString(secretFile(), secret + "\n", "the server's secret");
        return secret;
    }

    /** The key calendar feed addresses are derived from, created on first use. */
    public synchronized String feedKey() {
        return readOrCreate(folder.resolve(FEED_KEY_FILE), "the calendar feed key");
    }

    private static String readOrCreate(Path file, String what) {
        if (!Files.exists(file)) {
            PrivateFiles.writeString(file, Secrets.random() + "\n", what);
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                permissions.retainAll(OTHERS);
                if (!permissions.isEmpty()) {
                    throw new KithException(file + " can be read or written by others: run chmod 600 " + file
                            + " (and replace it if others may have read it)");
                }
            }
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (value.length() < MIN_LENGTH || !value.matches("[A-Za-z0-9_-]+")) {
                throw new KithException(file + " does not hold a usable secret (at least " + MIN_LENGTH
                        + " URL-safe Base64 characters); delete it to have a new one made");
            }
            return value;
        } catch (IOException e) {
            throw new KithException("cannot read " + what + " from " + file + ": " + e.getMessage(), e);
        }
    }
}
