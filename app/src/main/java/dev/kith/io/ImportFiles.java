package dev.kith.io;

import dev.kith.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    public static final int HEAD_BYTES = 4096;
    /** How many entries of a ZIP, or files of a folder and the folders below it, are looked at. */
    private static final int MAX_NAMES = 10_000;
    /** How deep below a folder its files are looked at (a Thunderbird profile's {@code Mail/Local Folders/Inbox}). */
    private static final int MAX_DEPTH = 3;
    /** How many files of a folder without a telling name have their first bytes read. */
    private static final int MAX_SNIFFED = 50;
    /** Header fields only a mail message starts with (a vCard or an LDIF file has fields of the same shape). */
    private static final Set<String> MAIL_FIELDS = Set.of("from", "received", "return-path",
            "delivered-to", "message-id", "dkim-signature", "arc-seal", "x-mozilla-status", "mime-version",
            "x-gm-thrid", "x-gmail-labels", "thread-topic", "x-ms-exchange-organization-authas");

    private ImportFiles() {
    }

    /**
     * The format of {@code path}, as {@code kith import} names it: {@code linkedin} (the export's ZIP or
     * folder, Connections.csv, messages.csv), {@code mbox} (a file starting with a {@code From } line or named
     * {@code .mbox}, an Apple Mail {@code .mbox} folder, a Takeout ZIP of mbox files, a ZIP of saved messages or of
     * mbox files without an extension, Thunderbird's),
     * {@code maildir} (a
     * folder with {@code cur} and {@code new}; a saved message, {@code .eml}, {@code .emlx} or a file starting with a
     * message's header fields; a folder of such files, or of mbox files, Thunderbird's with their {@code .msf}
     * indexes, also up to {@value #MAX_DEPTH} folders down), {@code ics}, or a contacts format
     * ({@link ImportFormat#detect}).
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
        if (name.endsWith(".msg") || name.endsWith(".pst") || name.endsWith(".ost")) {
            throw new ValidationException("file", path + " is an Outlook " + name.substring(name.length() - 3)
                    + " file, which Kith cannot read: " + (name.endsWith(".msg")
                    ? "save the message as .eml (File › Save as) and import that"
                    : "convert it to mbox files (readpst -o FOLDER " + path.getFileName() + ") and import the folder"));
        }
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
        if (name.endsWith(".eml") || name.endsWith(".emlx") || message(head)) {
            return "mbox"; // one message, as a mail program saves it; kith import mbox reads it
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
        boolean ics = false;
        boolean vcards = false;
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children.limit(MAX_NAMES)::iterator) {
                String name = child.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.equals("connections.csv") || name.equals("messages.csv")) {
                    return "linkedin";
                }
                ics |= name.endsWith(".ics") && Files.isRegularFile(child);
                vcards |= vCard(child);
            }
        } catch (IOException e) {
            throw new ValidationException("file", "cannot read the folder " + folder + ": " + e.getMessage());
        }
        if (holdsMail(folder)) {
            return "mbox"; // Thunderbird's Local Folders, saved messages, several exports side by side
        }
        if (ics) {
            return "ics"; // Google Calendar's export, unpacked
        }
        if (vcards) {
            return "vcard"; // Outlook's contacts forwarded as business cards, their attachments saved
        }
        throw new ValidationException("file", "cannot tell what the folder " + folder + " holds: name the format,"
                + " kith import linkedin|mbox|maildir|ics FOLDER");
    }

    /** The most vCard files {@link #vCards} takes from one folder. */
    public static final int MAX_VCARD_FILES = 100_000;

    /**
     * The vCard files ({@code .vcf}, {@code .vcard}) directly in {@code folder}, by name: how Outlook gives many
     * contacts as vCards (one file each, as "Forward as Business Card" attaches them). Refused when there are none,
     * or more than {@value #MAX_VCARD_FILES}.
     */
    public static List<Path> vCards(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> files = children.filter(ImportFiles::vCard).limit(MAX_VCARD_FILES + 1L).sorted().toList();
            if (files.isEmpty()) {
                throw new ValidationException("file", "the folder " + folder + " holds no vCard (.vcf) files");
            }
            if (files.size() > MAX_VCARD_FILES) {
                throw new ValidationException("file", "the folder " + folder + " holds more than " + MAX_VCARD_FILES
                        + " vCard files: import it in parts");
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException("file", "cannot read the folder " + folder + ": " + e.getMessage());
        }
    }

    private static boolean vCard(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".vcf") || name.endsWith(".vcard")) && !name.startsWith(".")
                && Files.isRegularFile(file);
    }

    /**
     * Whether {@code folder} or a folder at most {@value #MAX_DEPTH} levels below it holds mail files: names of
     * mbox files, Thunderbird's folders and indexes ({@code .mbox}, {@code .sbd}, {@code .msf}), saved messages
     * ({@code .eml}, {@code .emlx}), or, for the first {@value #MAX_SNIFFED} files of other names, a start as an mbox
     * or a message has. Looks at {@value #MAX_NAMES} names at most, nearest first.
     */
    private static boolean holdsMail(Path folder) {
        ArrayDeque<Path> level = new ArrayDeque<>(List.of(folder));
        int names = 0;
        int sniffed = 0;
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            ArrayDeque<Path> next = new ArrayDeque<>();
            for (Path dir : level) {
                try (Stream<Path> children = Files.list(dir)) {
                    for (Path child : (Iterable<Path>) children::iterator) {
                        if (++names > MAX_NAMES) {
                            return false;
                        }
                        String name = child.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (name.endsWith(".mbox") || name.endsWith(".sbd") || name.endsWith(".msf")
                                || name.endsWith(".eml") || name.endsWith(".emlx") || name.equals("mbox")) {
                            return true;
                        }
                        if (Files.isDirectory(child)) {
                            next.add(child);
                        } else if (!name.startsWith(".") && name.indexOf('.') < 0 && sniffed++ < MAX_SNIFFED
                                && Files.isRegularFile(child)) {
                            byte[] head = head(child);
                            if (startsWithSeparator(head) || message(head)) {
                                return true; // an mbox without extension (readpst's Inbox), an MH folder's 1, 2, 3
                            }
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    throw new ValidationException("file", "cannot read the folder " + dir + ": " + e.getMessage());
                }
            }
            level = next;
        }
        return false;
    }

    private static boolean startsWithSeparator(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading()
                .startsWith("From ");
    }

    /**
     * Whether {@code head}, the first bytes of a file, is the start of a mail message (RFC 5322): after a UTF-8
     * byte-order mark and blank lines, header fields ({@code Name: value}, folded lines) up to an empty line or
     * the end of {@code head}, at least one of them a field only mail has ({@code From}, {@code Received},
     * {@code Message-ID}…). A vCard, an LDIF file or an iCalendar file, whose lines have the same shape, has none.
     */
    public static boolean message(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        boolean mail = false;
        boolean any = false;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                break; // the head ends inside this line
            }
            String line = text.substring(i, end).replace("\r", "");
            i = end + 1;
            if (line.isEmpty()) {
                break;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (!any) {
                    return false;
                }
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 || colon > 76 ? "" : line.substring(0, colon).stripTrailing();
            if (field.isEmpty() || !field.chars().allMatch(c -> c >= 33 && c <= 126)) {
                return false;
            }
            any = true;
            mail |= MAIL_FIELDS.contains(field.toLowerCase(Locale.ROOT));
        }
        return mail;
    }

    private static String zip(Path file) {
        boolean mbox = false;
        boolean ics = false;
        int sniffed = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int n = 0; n < MAX_NAMES && entries.hasMoreElements(); n++) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (!mbox && !entry.isDirectory() && !base.isEmpty() && base.indexOf('.') < 0
                        && !name.startsWith("__macosx/") && sniffed++ < MAX_SNIFFED) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] head = in.readNBytes(HEAD_BYTES);
                        mbox = startsWithSeparator(head) || message(head); // Thunderbird's Inbox, zipped
                    }
                }
                if (base.equals("connections.csv") || base.equals("messages.csv")) {
                    return "linkedin";
                }
                mbox |= base.endsWith(".mbox") || base.equals("mbox") || (base.endsWith(".eml") || base.endsWith(".emlx"))
                        && !base.startsWith("._") && !name.startsWith("__macosx/");
                ics |= base.endsWith(".ics");
            }
        } catch (IOException e) {
            throw new ValidationException("file", file + " is not a readable ZIP: " + e.getMessage());
        }
        if (mbox) {
            return "mbox"; // Google Takeout's Mail, a ZIP of saved messages
        }
        if (ics) {
            return "ics"; // Google Calendar's export: one .ics per calendar
        }
        throw new ValidationException("file", "the ZIP " + file + " holds neither a LinkedIn export (Connections.csv,"
                + " messages.csv), mail (mbox files, .eml files) nor calendars (.ics): unpack it and import the file"
                + " inside");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ValidationException("file", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
