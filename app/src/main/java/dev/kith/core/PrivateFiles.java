package dev.kith.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * Files that hold private data (SMTP and sync passwords, exports, the database): written readable and
 * writable by their owner only (0600), in a folder only the owner can enter (0700) when Kith creates
 * it, replaced atomically so they are never readable by others or half-written, even briefly. The
 * modes are set explicitly after creation, so they hold whatever the umask. On a file system without
 * POSIX permissions (Windows) files are created with the platform's defaults. Thread-safe.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** A body written to a private file. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    /** Stores {@code properties} in {@code file} with {@code comment}; {@code what} names the file in errors. */
    public static void store(Path file, Properties properties, String comment, String what) {
        write(file, w -> properties.store(w, comment), what);
    }

    /** Writes {@code text} (UTF-8) to {@code file}, replacing it atomically; {@code what} names the file in errors. */
    public static void writeString(Path file, String text, String what) {
        write(file, w -> w.write(text), what);
    }

    /** Writes {@code body} (UTF-8) to {@code file} through an owner-only temporary file in the same folder. */
    public static void write(Path file, Body body, String what) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            createFolder(folder);
            Path temp = posix() ? Files.createTempFile(folder, ".kith", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_FILE)) : Files.createTempFile(folder, ".kith", ".tmp");
            try {
                ownerOnly(temp, false);
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    body.write(w);
                }
                Files.move(temp, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new KithException("cannot save " + what + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates {@code folder} (and its missing parents) owner-only (0700) when it is missing; an existing one is left as it is. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolder(parent);
        }
        try {
            Files.createDirectory(absolute);
            ownerOnly(absolute, true);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /**
     * Creates the empty file {@code file} owner-only (0600) unless it exists; an existing file is left as
     * it is. Returns whether it was created.
     */
    public static boolean createFile(Path file) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        ownerOnly(file, false);
        return true;
    }

    /** Makes {@code path} owner-only: 0700 for a folder, 0600 for a file (nothing without POSIX permissions). */
    public static void ownerOnly(Path path, boolean folder) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, folder ? OWNER_FOLDER : OWNER_FILE);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
