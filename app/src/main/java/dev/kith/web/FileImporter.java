package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.capture.CalendarSummary;
import dev.kith.capture.CaptureSummary;
import dev.kith.capture.LinkedInExport;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportChoices;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportReport;
import dev.kith.io.ImportRow;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import dev.kith.io.imports.LinkedInSelf;
import java.util.ArrayList;
import java.util.List;

/**
 * The Import page's importer: recognizes the format of an upload ({@link ImportFormat#detect}) and
 * runs the same all-or-nothing import as {@code kith import}, the preview as a dry run of it; LinkedIn's whole
 * data export ZIP goes to the composition root's {@link LinkedInExport}, as {@code kith import linkedin} does;
 * mail and calendars go to the book's capture, as {@code kith import mbox|ics} do. Thread-safe.
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

    @Override
    public boolean isExport(byte[] content) {
        return LinkedInExport.isZip(content);
    }

    @Override
    public Export importExport(String fileName, byte[] content) {
        LinkedInExport.Summary done;
        try {
            done = book.linkedInExport().zip(fileName, content);
        } catch (ImportException e) {
            String file = e.file().startsWith(fileName + "!")
                    ? e.file().substring(fileName.length() + 1) + " in " + fileName : e.file();
            throw new ValidationException("file", "Nothing was imported: " + file
                    + (e.line() > 0 ? ", line " + e.line() : "") + ": " + e.reason() + ".");
        }
        List<String> warnings = new ArrayList<>();
        List<String> brief = new ArrayList<>();
        String you = null;
        LinkedInSelf.Result self = done.self();
        if (self != null) {
            you = self.me() == null ? "nobody: your profile gives no name" : you(self);
            brief.add(self.me() == null ? "your profile gives no name" : "you are " + self.me().name());
            self.warnings().forEach(w -> warnings.add(inZip(fileName, w)));
        }
        String connections = null;
        ImportSummary c = done.connections();
        if (c != null) {
            connections = c.created() + " added, " + c.merged() + " merged, " + c.unchanged() + " already up to date"
                    + (c.milestones() > 0 ? ", " + c.milestones() + (c.milestones() == 1 ? " job change" : " job changes")
                    + " found" : "");
            brief.add(c.created() + (c.created() == 1 ? " connection" : " connections") + " added, " + c.merged()
                    + " merged");
            c.warnings().forEach(w -> warnings.add(inZip(fileName, w.file()) + (w.line() > 0 ? ", line " + w.line() : "")
                    + ": " + w.message()));
        }
        String messages = null;
        CaptureSummary m = done.messages();
        if (m != null) {
            messages = m.messages() + (m.messages() == 1 ? " message" : " messages") + " read, " + m.interactions()
                    + (m.interactions() == 1 ? " interaction" : " interactions") + " logged, "
                    + m.awaitingReply() + " awaiting your reply, " + m.newPeople()
                    + (m.newPeople() == 1 ? " new person" : " new people") + " to look at"
                    + (m.skipped().duplicates() > 0 ? ", " + m.skipped().duplicates() + " already imported" : "");
            m.warnings().forEach(w -> warnings.add(inZip(fileName, w)));
            brief.add(m.messages() + (m.messages() == 1 ? " message" : " messages") + " read");
        }
        int shown = warnings.size();
        return new Export(you, connections, messages, "Imported " + fileName + ": " + String.join("; ", brief)
                + (shown == 0 ? "." : "; " + shown + (shown == 1 ? " warning." : " warnings.")), warnings);
    }

    @Override
    public Captured capture(ImportUpload upload, String kind) {
        try {
            if (kind.equals("ics")) {
                CalendarSummary c = book.capture().calendar().importIcs(upload.file());
                List<Captured.Count> counts = List.of(
                        new Captured.Count(c.events(), c.events() == 1 ? "meeting read" : "meetings read", "read"),
                        new Captured.Count(c.interactions(), c.interactions() == 1 ? "interaction logged"
                                : "interactions logged", "interactions"),
                        new Captured.Count(c.newPeople(), c.newPeople() == 1 ? "new person to look at"
                                : "new people to look at", "new-people"),
                        new Captured.Count(c.skipped().duplicates(), "captured before", "duplicates"),
                        new Captured.Count(c.skipped().unreadable(), "left out", "unreadable"));
                return captured("Calendar", upload, counts, c.warnings());
            }
            CaptureSummary m = book.capture().mail().importMbox(upload.file());
            CaptureSummary.Skipped skipped = m.skipped();
            List<Captured.Count> counts = List.of(
                    new Captured.Count(m.messages(), m.messages() == 1 ? "message read" : "messages read", "read"),
                    new Captured.Count(m.interactions(), m.interactions() == 1 ? "interaction logged"
                            : "interactions logged", "interactions"),
                    new Captured.Count(m.awaitingReply(), "awaiting your reply", "awaiting"),
                    new Captured.Count(m.cleared(), m.cleared() == 1 ? "owed reply answered" : "owed replies answered",
                            "cleared"),
                    new Captured.Count(m.newPeople(), m.newPeople() == 1 ? "new person to look at"
                            : "new people to look at", "new-people"),
                    new Captured.Count(skipped.bulk() + skipped.lists(), "bulk and list mail passed over", "bulk"),
                    new Captured.Count(skipped.duplicates(), "captured before", "duplicates"),
                    new Captured.Count(skipped.unreadable(), "unreadable", "unreadable"));
            return captured("Mail", upload, counts, m.warnings());
        } catch (ImportException e) {
            throw new ValidationException("file", "Nothing was imported: " + upload.where(e.file())
                    + (e.line() > 0 ? ", line " + e.line() : "") + ": " + e.reason() + ".");
        }
    }

    private static Captured captured(String what, ImportUpload upload, List<Captured.Count> counts,
                                     List<String> warnings) {
        List<String> shown = warnings.stream().map(upload::shown).toList();
        String brief = "Captured " + upload.fileName() + ": " + counts.get(0).number() + " " + counts.get(0).words()
                + ", " + counts.get(1).number() + " " + counts.get(1).words()
                + (shown.isEmpty() ? "." : "; " + shown.size() + (shown.size() == 1 ? " warning." : " warnings."));
        return new Captured(what, counts, brief, shown);
    }

    private static String you(LinkedInSelf.Result self) {
        StringBuilder line = new StringBuilder(self.me().name());
        if (self.setAsMe()) {
            line.append(self.created() ? " (added and set as you)" : " (set as you)");
        }
        if (!self.filled().isEmpty()) {
            line.append("; filled in: ").append(String.join(", ", self.filled()));
        }
        if (!self.addresses().isEmpty()) {
            line.append("; your addresses: ").append(String.join(", ", self.addresses()));
        }
        return line.toString();
    }

    /** {@code text} naming a file in the ZIP {@code fileName} by its own name ("Connections.csv"). */
    private static String inZip(String fileName, String text) {
        return text.replace(fileName + "!", "");
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
