package dev.kith.web;

import dev.kith.core.ValidationException;
import dev.kith.io.ImportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file uploaded on the Import page, kept while it is imported: in a folder of its own that only this user may
 * open (on POSIX systems {@code rwx------}, the file {@code rw-------}), under the upload's own name (its last part,
 * made safe), so that the import tells its format by name and first bytes as {@code kith import FILE} does and
 * names it as the user knows it. {@link #close} deletes the file and its folder, whatever the import did. Nothing
 * of it is kept: the import stores what it captures, never the file. One per request; not thread-safe.
 */
final class ImportUpload implements AutoCloseable {
    /** The longest name kept; a longer one is cut, its extension kept. */
    static final int MAX_NAME = 120;
    private final Path folder;
    private final Path file;
    private final String fileName;

    /** What puts the upload's bytes at a path (Jetty moves its own file there). */
    @FunctionalInterface
    interface Writer {
        void writeTo(Path target) throws IOException;
    }

    private ImportUpload(Path folder, Path file, String fileName) {
        this.folder = folder;
        this.file = file;
        this.fileName = fileName;
    }

    /**
     * Keeps the upload named {@code fileName} (as the browser sent it, maybe a whole path) in a new private
     * folder inside {@code parent}, written there by {@code writer}; on failure nothing is left behind.
     */
    static ImportUpload receive(Path parent, String fileName, Writer writer) {
        String name = safeName(fileName);
        Path folder = null;
        try {
            parent = parent.toAbsolutePath(); // Jetty's Part.write resolves a relative path against its own folder
            Files.createDirectories(parent);
            sweep(parent);
            folder = posix() ? Files.createTempDirectory(parent, "kith-import-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory(parent, "kith-import-");
            Path file = folder.resolve(name);
            writer.writeTo(file);
            if (posix()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return new ImportUpload(folder, file, name);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot keep the upload " + name + " for its import: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The file as kept, to be read by the import. */
    Path file() {
        return file;
    }

    /** The upload's name as kept: its last part, made safe. */
    String fileName() {
        return fileName;
    }

    long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code kith import FILE} would read it as ({@link ImportFiles#detect}): {@code mbox}, {@code ics},
     * {@code linkedin} or a contacts format; {@code unknown} when it cannot tell (a ZIP of something else).
     */
    String kind() {
        try {
            return ImportFiles.detect(file);
        } catch (ValidationException e) {
            return "unknown";
        }
    }

    /** Its first {@code n} bytes (fewer when it is shorter). */
    byte[] head(int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All of it; for the formats read whole, after their size was checked. */
    byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code where} (a file an importer named: this one, or {@code FILE!/entry} inside this ZIP) as the user knows
     * it: the upload's name, or {@code entry in NAME}.
     */
    String where(String where) {
        String kept = file.toString();
        if (where.startsWith(kept + "!/")) {
            return where.substring(kept.length() + 2) + " in " + fileName;
        }
        return where.replace(kept, fileName);
    }

    /** {@code text} (a warning) naming this file by the upload's name, and a file inside this ZIP by its own. */
    String shown(String text) {
        String kept = file.toString();
        return text.replace(kept + "!/", "").replace(kept, fileName);
    }

    @Override
    public void close() {
        delete(folder);
    }

    /** {@code bytes} in words, as the limits are said: "4 GB", "64 MB", "512 KB", "100 bytes". */
    static String inWords(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /**
     * The last part of {@code fileName} (browsers may send "C:\fakepath\x.ics"), each character that is not a
     * letter, digit, space or one of {@code ._-()+,@} replaced by {@code _}, at most {@value #MAX_NAME}
     * characters; "upload" when nothing is left.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.appendCodePoint(Character.isLetterOrDigit(c) || c == ' '
                || "._-()+,@".indexOf(c) >= 0 ? c : '_'));
        String s = safe.toString();
        if (s.length() > MAX_NAME) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return s.isBlank() || s.chars().allMatch(c -> c == '.') ? "upload" : s;
    }

    /** How old an upload folder is when {@link #sweep} takes it for one left by a server that stopped mid-import. */
    static final java.time.Duration LEFT_OVER = java.time.Duration.ofDays(1);

    /**
     * Deletes the upload folders in {@code parent} not touched for {@link #LEFT_OVER}: {@link #close} deletes each
     * upload's folder, but a server killed during an import (a power cut, {@code kill -9}) leaves its copy of the
     * upload behind, and an mbox can be gigabytes. A folder of an import under way is far younger.
     */
    static void sweep(Path parent) {
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(LEFT_OVER));
        try (Stream<Path> folders = Files.list(parent)) {
            for (Path f : folders.filter(p -> p.getFileName().toString().startsWith("kith-import-")).toList()) {
                if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.isWritable(f) // not another user's
                        && Files.getLastModifiedTime(f, java.nio.file.LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    delete(f);
                }
            }
        } catch (IOException e) {
            // only a clean-up of earlier runs: this upload goes on
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the system to clear with its temporary files; the server's output says where
            System.err.println("kith serve: could not delete the upload folder " + folder + ": " + e.getMessage());
        }
    }
}
