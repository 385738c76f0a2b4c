package dev.kith.capture;

import dev.kith.book.Book;
import dev.kith.contacts.Contacts;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import dev.kith.io.imports.LinkedInSelf;
import dev.kith.milestones.Milestones;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A LinkedIn export imported as {@code kith import linkedin} does it: its messages.csv alone, or the whole export
 * ZIP or unpacked folder — the owner's own Profile.csv, Positions.csv, Email Addresses.csv and Skills.csv, then
 * Connections.csv, then messages.csv, each found by its header, the rest left alone — all or nothing. The ZIP is
 * read in memory with bounds: entries, each entry's size and the total.
 */
public final class LinkedInExport {
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_BYTES = 128L << 20;
    static final long MAX_TOTAL_BYTES = 512L << 20;

    /**
     * What a run captured: who I am by the export's own profile, the connections' import and the messages'
     * capture (each null when absent).
     */
    public record Summary(LinkedInSelf.Result self, ImportSummary connections, CaptureSummary messages) {
    }

    private final Book book;
    private final Contacts contacts;
    private final Milestones milestones;
    private final Capture capture;

    /** The export importer of {@code book}: contacts through {@code contacts}, messages through {@code capture}. */
    public LinkedInExport(Book book, Contacts contacts, Milestones milestones, Capture capture) {
        this.book = book;
        this.contacts = contacts;
        this.milestones = milestones;
        this.capture = capture;
    }

    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Captures messages.csv given as {@code bytes}. */
    public CaptureSummary messages(String file, byte[] bytes) {
        return capture.linkedIn().importCsv(file, new String(bytes, StandardCharsets.UTF_8), myName());
    }

    /** Imports the connections and captures the messages of the export ZIP {@code bytes}, all or nothing. */
    public Summary zip(String file, byte[] bytes) {
        return book.atomically(() -> {
            Parts parts = new Parts();
            int entries = 0;
            long total = 0;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (++entries > MAX_ENTRIES) {
                        throw new ImportException(file, 0, "more than " + MAX_ENTRIES + " files in the ZIP");
                    }
                    String name = e.getName();
                    if (e.isDirectory() || name.contains("..") || name.startsWith("/")
                            || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                        continue;
                    }
                    byte[] content = read(zip, file + "!" + name);
                    total += content.length;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ImportException(file, 0, "the ZIP holds more than " + (MAX_TOTAL_BYTES >> 20) + " MB of CSV");
                    }
                    parts.add(file + "!" + name, content);
                }
            } catch (IOException e) {
                throw new ImportException(file, 0, "not a readable ZIP: " + e.getMessage());
            }
            return parts.summary(file, "this ZIP");
        });
    }

    /**
     * Imports the connections and captures the messages of an unpacked export: the CSV files directly in
     * {@code folder}, all or nothing, with the ZIP's bounds.
     */
    public Summary folder(Path folder) {
        String where = folder.toString();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().limit(MAX_ENTRIES + 1L).toList();
        } catch (IOException e) {
            throw new ImportException(where, 0, "cannot read the folder: " + e.getMessage());
        }
        if (files.size() > MAX_ENTRIES) {
            throw new ImportException(where, 0, "more than " + MAX_ENTRIES + " CSV files in the folder");
        }
        return book.atomically(() -> {
            Parts parts = new Parts();
            long total = 0;
            for (Path f : files) {
                byte[] content;
                try (InputStream in = Files.newInputStream(f)) {
                    content = read(in, f.toString());
                } catch (IOException e) {
                    throw new ImportException(f.toString(), 0, "cannot read: " + e.getMessage());
                }
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new ImportException(where, 0, "the folder holds more than " + (MAX_TOTAL_BYTES >> 20) + " MB of CSV");
                }
                parts.add(f.toString(), content);
            }
            return parts.summary(where, "this folder");
        });
    }

    /**
     * The parts of one export as they are found, applied in the order they build on one another: the owner's
     * own profile first (who "me" is), then Connections.csv imported, then messages.csv captured; the rest is
     * left alone.
     */
    private final class Parts {
        private final LinkedInSelf self = new LinkedInSelf();
        private String connectionsFile;
        private byte[] connectionsContent;
        private String messagesFile;
        private String messagesText;

        void add(String where, byte[] content) {
            String text = new String(content, StandardCharsets.UTF_8);
            java.util.Optional<LinkedInSelf.Part> part = LinkedInSelf.part(where, text);
            if (part.isPresent()) {
                self.add(part.get(), where, text);
            } else if (LinkedInMessages.isMessages(text)) {
                messagesFile = where;
                messagesText = text;
            } else if (connections(text)) {
                connectionsFile = where;
                connectionsContent = content;
            }
        }

        Summary summary(String file, String what) {
            if (connectionsFile == null && messagesFile == null && self.isEmpty()) {
                throw new ImportException(file, 0, "no Connections.csv, messages.csv or Profile.csv in " + what);
            }
            // one journal entry for the whole export, whichever parts it holds, so that one undo reverts it all
            String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            dev.kith.journal.Journal.of(book).note("imported " + name, dev.kith.journal.Scope.book());
            LinkedInSelf.Result me = null;
            if (!self.isEmpty()) {
                me = self.apply(book, contacts);
                me.addresses().forEach(capture.addresses()::add);
            }
            ImportSummary connections = connectionsFile == null ? null
                    : new Importer(book, contacts, milestones)
                            .run(ImportFormat.LINKEDIN, connectionsFile, connectionsContent, false, Progress.NONE);
            CaptureSummary messages = messagesFile == null ? null
                    : capture.linkedIn().importCsv(messagesFile, messagesText, myName());
            return new Summary(me, connections, messages);
        }
    }

    /** The name of the book's "me", null when none is set: who owns an export of one conversation. */
    private String myName() {
        return book.me().flatMap(id -> contacts.getAll(java.util.List.of(id)).stream().findFirst())
                .map(dev.kith.contacts.Contact::name).orElse(null);
    }

    private static boolean connections(String text) {
        String head = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
        return head.startsWith("Notes:") || head.startsWith("First Name,Last Name,URL")
                || head.startsWith("First Name,Last Name,Email Address,Company,Position,Connected On");
    }

    private static byte[] read(InputStream in, String where) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            size += n;
            if (size > MAX_ENTRY_BYTES) {
                throw new ImportException(where, 0, "larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
