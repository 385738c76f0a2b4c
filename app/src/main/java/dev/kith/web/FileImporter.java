package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportChoices;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportReport;
import dev.kith.io.ImportRow;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import java.util.ArrayList;
import java.util.List;

/**
 * The Import page's importer: recognizes the format of an upload ({@link ImportFormat#detect}) and
 * runs the same all-or-nothing import as {@code kith import}, the preview as a dry run of it.
 * Thread-safe.
 */
final class FileImporter implements ImportPort {
    private final Kith book;

    FileImporter(Kith book) {
        this.book = book;
    }

    @Override
    public Summary dryRun(String fileName, byte[] content) {
        return run(fileName, content, true, ImportChoices.DEFAULTS);
    }

    @Override
    public Summary apply(String fileName, byte[] content, ImportChoices choices) {
        return run(fileName, content, false, choices);
    }

    private Summary run(String fileName, byte[] content, boolean dryRun, ImportChoices choices) {
        ImportFormat format = ImportFormat.detect(fileName, content);
        try {
            ImportReport report = new Importer(book.book(), book.contacts(), book.milestones())
                    .run(format, fileName, content, dryRun, choices, Progress.NONE);
            ImportSummary s = report.summary();
            List<String> notes = new ArrayList<>();
            if (s.milestones() > 0) {
                notes.add(s.milestones() + (s.milestones() == 1 ? " job change" : " job changes")
                        + " found: each becomes a new-job or promotion milestone, so Today can suggest a congratulation.");
            }
            s.warnings().forEach(w -> notes.add((w.line() > 0 ? "Line " + w.line() + ": " : "") + w.message()));
            int skipped = (int) report.rows().stream().filter(r -> r.outcome() == ImportRow.Outcome.SKIP).count();
            return new Summary(formatName(format), s.created(), s.merged(), s.unchanged(), skipped, notes,
                    report.rows());
        } catch (ImportException e) {
            throw new ValidationException("file", "Nothing was imported: " + e.file()
                    + (e.line() > 0 ? ", line " + e.line() : "") + ": " + e.reason() + ".");
        }
    }

    private static String formatName(ImportFormat format) {
        return switch (format) {
            case LINKEDIN -> "LinkedIn connections";
            case VCARD -> "vCard";
            case GOOGLE -> "Google contacts CSV";
            case OUTLOOK -> "Outlook contacts CSV";
            case LDIF -> "LDIF address book";
            case JSON -> "Kith backup";
        };
    }
}
