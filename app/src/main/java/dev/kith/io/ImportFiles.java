package dev.kith.io;

import dev.kith.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which of {@code kith import}'s formats a file or folder is, for a user who names none ({@code kith import
 * ~/Downloads/Basic_LinkedInDataExport.zip}): read from its name, its first {@value #HEAD_BYTES} bytes, a
 * ZIP's entry names or a folder's first level, never the whole input.
 */
public final class ImportFiles {
    /** How much of a file's start is read. */
    static final int HEAD_BYTES = 4096;
    /** How many entries of a ZIP, or files of a folder, are looked at. */
    private static final int MAX_NAMES = 10_000;

    private ImportFiles() {
    }

    /**
     * The format of {@code path}, as {@code kith import} names it: {@code linkedin} (the export's ZIP or
     * folder, Connections.csv, messages.csv), {@code mbox} (a file starting with a {@code From } line or named
     * {@code .mbox}, an Apple Mail {@code .mbox} folder, a Takeout ZIP of mbox files), {@code maildir} (a
     * folder with {@code cur} and {@code new}), {@code ics}, or a contacts format ({@link ImportFormat#detect}).
     * Anything else is a {@link ValidationException} of the field {@code file} that asks for the format.
     */
    public static String detect(Path path) {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new ValidationException("file", "no such file: " + path);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head = head(path);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zip(path);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (text.startsWith("From ") || name.endsWith(".mbox") || name.endsWith(".mbx")) {
            return "mbox";
        }
        if (name.endsWith(".ics") || text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return "ics";
        }
        if (text.contains("CONVERSATION ID") && text.contains("SENDER PROFILE URL")) {
            return "linkedin"; // LinkedIn's messages.csv
        }
        return ImportFormat.detect(path.getFileName() == null ? null : path.getFileName().toString(), head)
                .name().toLowerCase(Locale.ROOT);
    }

    private static String folder(Path folder) {
        if (Files.isDirectory(folder.resolve("cur")) && Files.isDirectory(folder.resolve("new"))) {
            return "maildir";
        }
        if (Files.isRegularFile(folder.resolve("mbox"))) {
            return "mbox"; // Apple Mail's Inbox.mbox/
        }
        boolean mbox = false;
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children.limit(MAX_NAMES)::iterator) {
                String name = child.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.equals("connections.csv") || name.equals("messages.csv")) {
                    return "linkedin";
                }
                mbox |= name.endsWith(".mbox") || name.endsWith(".sbd");
            }
        } catch (IOException e) {
            throw new ValidationException("file", "cannot read the folder " + folder + ": " + e.getMessage());
        }
        if (mbox) {
            return "mbox"; // Thunderbird's Local Folders, several exports side by side
        }
        throw new ValidationException("file", "cannot tell what the folder " + folder + " holds: name the format,"
                + " kith import linkedin|mbox|maildir FOLDER");
    }

    private static String zip(Path file) {
        boolean mbox = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int n = 0; n < MAX_NAMES && entries.hasMoreElements(); n++) {
                String name = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.equals("connections.csv") || base.equals("messages.csv")) {
                    return "linkedin";
                }
                mbox |= base.endsWith(".mbox");
            }
        } catch (IOException e) {
            throw new ValidationException("file", file + " is not a readable ZIP: " + e.getMessage());
        }
        if (mbox) {
            return "mbox"; // Google Takeout's Mail
        }
        throw new ValidationException("file", "the ZIP " + file + " holds neither a LinkedIn export (Connections.csv,"
                + " messages.csv) nor mbox files: unpack it and import the file inside");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ValidationException("file", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
