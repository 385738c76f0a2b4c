package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Import page's importer: recognizes the format of an upload ({@link ImportFormat#detect}) and
 * runs the same all-or-nothing import as {@code kith import}. Thread-safe.
 */
final class FileImporter implements ImportPort {
    private final Kith book;

    FileImporter(Kith book) {
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
        ImportFormat format = ImportFormat.detect(fileName, content);
        try {
            ImportSummary s = new Importer(book.book(), book.contacts(), book.milestones())
                    .run(format, fileName, content, dryRun, Progress.NONE);
            List<String> notes = new ArrayList<>();
            if (s.milestones() > 0) {
                notes.add(s.milestones() + (s.milestones() == 1 ? " job change" : " job changes")
                        + " found: each becomes a new-job or promotion milestone, so Today can suggest a congratulation.");
            }
            s.warnings().forEach(w -> notes.add((w.line() > 0 ? "Line " + w.line() + ": " : "") + w.message()));
            return new Summary(format.name().toLowerCase(Locale.ROOT), s.created(), s.merged(), s.unchanged(), notes);
        } catch (ImportException e) {
            throw new ValidationException("file", e.getMessage());
        }
    }
}
