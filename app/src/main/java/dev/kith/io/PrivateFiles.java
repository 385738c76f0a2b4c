package dev.kith.io;

import dev.kith.core.KithException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Files that hold secrets (SMTP and sync passwords): written readable and writable by their owner only
 * (0600), in a folder only the owner can enter (0700), replaced atomically so they are never readable by
 * others or half-written, even briefly.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /** Stores {@code properties} in {@code file} with {@code comment}; {@code what} names the file in errors. */
    public static void store(Path file, Properties properties, String comment, String what) {
        write(file, w -> properties.store(w, comment), what);
    }

    /** Writes {@code text} and a line end as all of {@code file}; {@code what} names the file in errors. */
    public static void writeLine(Path file, String text, String what) {
        write(file, w -> w.write(text + "\n"), what);
    }

    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private static void write(Path file, Content content, String what) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            Path temp = posix ? Files.createTempFile(folder, ".kith", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))) : Files.createTempFile(folder, ".kith", ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KithException("cannot save " + what + " to " + file + ": " + e.getMessage(), e);
        }
    }
}
