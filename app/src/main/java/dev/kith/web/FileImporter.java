package dev.kith.web;

import dev.kith.book.Book;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Import page's importer: recognizes the format from the file name and its first lines (a
 * LinkedIn export's "Notes:" preamble or header, Google's and Outlook's CSV headers, vCards, a Kith
 * backup) and runs the same all-or-nothing import as {@code kith import}. Thread-safe.
 */
final class FileImporter implements ImportPort {
    private final Book book;

    FileImporter(Book book) {
        this.book = book;
    }

    @Override
    public Summary dryRun(String fileName, byte[] content) {
        return run(fileName, content, true);
    }

    @Override
    public Summary apply(String fileName, byte[] content) {
        return run(fileName, content, false);
    }

    private Summary run(String fileName, byte[] content, boolean dryRun) {
        ImportFormat format = detect(fileName, content);
        try {
            ImportSummary s = Importer.run(book, format, fileName, content, dryRun, Progress.NONE);
            List<String> notes = new ArrayList<>();
            if (s.milestones() > 0) {
                notes.add(s.milestones() + (s.milestones() == 1 ? " job change" : " job changes")
                        + " found: each becomes a new-job or promotion milestone, so Today can suggest a congratulation.");
            }
            return new Summary(format.name().toLowerCase(Locale.ROOT), s.created(), s.merged(), s.unchanged(), notes);
        } catch (ImportException e) {
            throw new ValidationException("file", e.getMessage());
        }
    }

    /** The format of an upload, from its name and first lines; a {@link ValidationException} when none fits. */
    static ImportFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (name.endsWith(".vcf") || name.endsWith(".vcard") || head.regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) {
            return ImportFormat.VCARD;
        }
        if (name.endsWith(".json") || head.startsWith("{")) {
            return ImportFormat.JSON;
        }
        if (head.startsWith("Notes:") || head.startsWith("First Name,Last Name,URL")) {
            return ImportFormat.LINKEDIN;
        }
        if (head.contains("E-mail 1 - Value") || head.contains("Organization Name")) {
            return ImportFormat.GOOGLE;
        }
        if (head.contains("E-mail Address") || head.contains("Business Phone")) {
            return ImportFormat.OUTLOOK;
        }
        throw new ValidationException("file", "'" + fileName + "' is not a file Kith can import: use a LinkedIn"
                + " Connections.csv, a vCard (.vcf), a Google or Outlook contacts CSV, or a Kith backup (.json)");
    }
}
