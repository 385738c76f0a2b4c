package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.capture.CaptureSummary;
import dev.kith.capture.LinkedInMessages;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code kith import linkedin} of a LinkedIn export's messages.csv, or of the whole export ZIP
 * (Connections.csv and messages.csv inside, each found by its header; the rest is left alone), all or
 * nothing. The ZIP is read in memory with bounds: entries, each entry's size and the total.
 */
final class LinkedInImport {
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_BYTES = 128L << 20;
    static final long MAX_TOTAL_BYTES = 512L << 20;

    /** What a run captured: the connections' import and the messages' capture (null when absent). */
    record Summary(ImportSummary connections, CaptureSummary messages) {
    }

    private final Kith book;

    LinkedInImport(Kith book) {
        this.book = book;
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Captures messages.csv given as {@code bytes}. */
    CaptureSummary messages(String file, byte[] bytes) {
        return book.capture().linkedIn().importCsv(file, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Imports the connections and captures the messages of the export ZIP {@code bytes}, all or nothing. */
    Summary zip(String file, byte[] bytes) {
        return book.atomically(() -> {
            ImportSummary connections = null;
            CaptureSummary messages = null;
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
                    String text = new String(content, StandardCharsets.UTF_8);
                    String where = file + "!" + name;
                    if (LinkedInMessages.isMessages(text)) {
                        messages = book.capture().linkedIn().importCsv(where, text);
                    } else if (connections(text)) {
                        connections = new Importer(book.book(), book.contacts(), book.milestones())
                                .run(ImportFormat.LINKEDIN, where, content, false, Progress.NONE);
                    }
                }
            } catch (IOException e) {
                throw new ImportException(file, 0, "not a readable ZIP: " + e.getMessage());
            }
            if (connections == null && messages == null) {
                throw new ImportException(file, 0, "no Connections.csv or messages.csv in this ZIP");
            }
            return new Summary(connections, messages);
        });
    }

    private static boolean connections(String text) {
        String head = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
        return head.startsWith("Notes:") || head.startsWith("First Name,Last Name,URL");
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
