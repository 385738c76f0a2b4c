package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Contacts;
import dev.kith.io.ImportChoices;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportReport;
import dev.kith.io.ImportRow;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.backup.Restore;
import dev.kith.milestones.Milestones;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a file into a book, whole or not at all: the file is read and checked completely, then
 * merged and written in one transaction (with one search reindex at the end). A structurally broken
 * file (a card without END:VCARD, an unterminated quote, an LDIF change file, text that is not UTF-8, binary data) is an
 * {@link ImportException} naming the file, line and reason, and the book is left exactly as it was; a
 * bad field in a good record (an invalid email, an impossible date) is dropped with a warning in the
 * summary and the person is kept.
 * A dry run does the same work and rolls it back, so its summary is exact. Thread-safe.
 */
public final class Importer {
    private final Book book;
    private final Contacts contacts;
    private final Milestones milestones;

    /** Imports into {@code book}, whose contacts and milestones are the ones given. */
    public Importer(Book book, Contacts contacts, Milestones milestones) {
        this.book = book;
        this.contacts = contacts;
        this.milestones = milestones;
    }

    /** Imports {@code bytes}, the content of the file called {@code file}, in {@code format}. */
    public ImportSummary run(ImportFormat format, String file, byte[] bytes, boolean dryRun, Progress progress) {
        return run(format, file, bytes, dryRun, ImportChoices.NONE, progress).summary();
    }

    /**
     * Imports {@code bytes} as {@link #run(ImportFormat, String, byte[], boolean, Progress)} does, with the
     * user's {@code choices} for records that look like someone already in the book, and reports every
     * record's outcome in file order (a Kith backup reports none: it is restored whole). A dry run goes
     * through exactly the same steps and rolls them back, so its report is what applying would do.
     */
    public ImportReport run(ImportFormat format, String file, byte[] bytes, boolean dryRun, ImportChoices choices,
                            Progress progress) {
        if (format == ImportFormat.JSON) {
            String backup = TextInput.decode(file, bytes);
            return rollbackIf(dryRun, book, file, () -> new ImportReport(Restore.restore(book, file, backup), List.of()));
        }
        Warnings warnings = new Warnings();
        if (format == ImportFormat.VCARD) {
            return merge(format, file, VCardFileReader.read(file, TextStream.of(file, bytes, warnings), warnings),
                    warnings, dryRun, choices, progress);
        }
        String text = TextInput.decodeExport(file, bytes, warnings);
        List<Row> rows = switch (format) {
            case LINKEDIN -> LinkedInReader.read(file, text, warnings);
            // Google offers its contacts as "Outlook CSV" too, and people pick either command for either file
            case GOOGLE -> !GoogleReader.isGoogle(text) && OutlookReader.isOutlook(text)
                    ? OutlookReader.read(file, text, warnings) : GoogleReader.read(file, text, warnings);
            case OUTLOOK -> ThunderbirdReader.isThunderbird(text) ? ThunderbirdReader.read(file, text, warnings)
                    : GoogleReader.isGoogle(text) ? GoogleReader.read(file, text, warnings)
                    : OutlookReader.read(file, text, warnings);
            case LDIF -> LdifReader.read(file, text, warnings);
            case JSON, VCARD -> throw new IllegalStateException("handled above");
        };
        return merge(format, file, rows, warnings, dryRun, choices, progress);
    }

    /**
     * Imports the vCard file at {@code path}, called {@code file} in messages, as {@link #run(ImportFormat, String,
     * byte[], boolean, ImportChoices, Progress)} does, reading it as a stream: memory is bounded by its largest
     * card (and the records read), not by its size.
     */
    public ImportSummary runVCard(String file, Path path, boolean dryRun, Progress progress) {
        Warnings warnings = new Warnings();
        List<Row> rows = VCardFileReader.read(file, TextStream.of(file, path, warnings), warnings);
        return merge(ImportFormat.VCARD, file, rows, warnings, dryRun, ImportChoices.NONE, progress).summary();
    }

    /**
     * Imports the vCard {@code files} of the folder named {@code folder} as one address book, all or nothing: a
     * file with structural damage refuses them all, naming its file and line; each warning names its own file.
     */
    public ImportSummary runVCards(String folder, List<Path> files, boolean dryRun, Progress progress) {
        Warnings warnings = new Warnings();
        List<Row> rows = new java.util.ArrayList<>();
        for (Path f : files) {
            String file = f.toString();
            rows.addAll(VCardFileReader.read(file, TextStream.of(file, f, warnings), warnings));
        }
        return merge(ImportFormat.VCARD, folder, rows, warnings, dryRun, ImportChoices.NONE, progress).summary();
    }

    private ImportReport merge(ImportFormat format, String file, List<Row> rows, Warnings warnings, boolean dryRun,
                               ImportChoices choices, Progress progress) {
        return rollbackIf(dryRun, book, file, () -> {
            Merger merger = new Merger(book, contacts, milestones, source(format, file), choices);
            for (int i = 0; i < rows.size(); i++) {
                merger.merge(rows.get(i));
                if (i % 500 == 499) {
                    progress.update(i + 1, rows.size());
                }
            }
            progress.update(rows.size(), rows.size());
            ImportSummary summary = merger.finish().withWarnings(warnings.list());
            return new ImportReport(summary, inFileOrder(merger.rows(), warnings.skipped()));
        });
    }

    /** The merged records and the skipped ones, by line. */
    private static List<ImportRow> inFileOrder(List<ImportRow> merged, List<Warnings.ImportRowSkip> skipped) {
        if (skipped.isEmpty()) {
            return merged;
        }
        List<ImportRow> all = new ArrayList<>(merged);
        for (Warnings.ImportRowSkip s : skipped) {
            all.add(new ImportRow(s.line(), null, ImportRow.Outcome.SKIP, null, null, List.of(), List.of(), s.reason()));
        }
        all.sort(java.util.Comparator.comparingLong(ImportRow::line));
        return all;
    }

    /**
     * The source an import's jobs are recorded as coming from: {@code linkedin} for LinkedIn's export
     * (one account, whatever the file is called), else the format and the file's name
     * ({@code vcard:Contacts.vcf}): re-importing the same address book is the same source.
     */
    static String source(ImportFormat format, String file) {
        String code = format.name().toLowerCase(java.util.Locale.ROOT);
        if (format == ImportFormat.LINKEDIN) {
            return code;
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String source = code + ":" + name;
        return source.length() > 300 ? source.substring(0, 300) : source;
    }

    private static ImportReport rollbackIf(boolean dryRun, Book book, String file,
                                           java.util.function.Supplier<ImportReport> work) {
        String fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        try {
            return book.search().deferring(() -> {
                dev.kith.journal.Journal.of(book).note("imported " + fileName, dev.kith.journal.Scope.book());
                ImportReport report = work.get();
                if (dryRun) {
                    throw new DryRun(report);
                }
                return report;
            });
        } catch (DryRun d) {
            return d.report;
        }
    }

    /** Thrown to roll the transaction of a dry run back; carries its summary out. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        DryRun(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
