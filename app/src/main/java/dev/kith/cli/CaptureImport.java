package dev.kith.cli;

import dev.kith.capture.CalendarSummary;
import dev.kith.capture.CaptureSummary;
import dev.kith.capture.MailCapture;
import dev.kith.capture.mail.MessageSource;
import dev.kith.capture.mail.MessageSources;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code kith import mbox FILE}, {@code kith import maildir DIR} and {@code kith import ics FILE}: captures
 * mail or a calendar into the book, all or nothing, and prints what it did (for mail with
 * {@code --dry-run}, what it would do).
 */
final class CaptureImport {
    private final Session session;
    private final PrintWriter err;
    private final boolean dryRun;

    CaptureImport(Session session, PrintWriter err, boolean dryRun) {
        this.session = session;
        this.err = err;
        this.dryRun = dryRun;
    }

    /** Captures {@code file} read as {@code format} ({@code mbox} or {@code maildir}). */
    void run(String format, Path file) {
        MessageSource source = format.equals("mbox") ? MessageSources.mbox(file) : MessageSources.maildir(file);
        MailCapture mail = session.book().capture().mail();
        CaptureSummary summary = dryRun ? mail.preview(source) : mail.capture(source);
        if (session.json()) {
            session.printJson(summary);
            return;
        }
        session.out().println((dryRun ? "Dry run, nothing written: " : "Captured " + file.getFileName() + ": ")
                + summary.inWords());
        summary.warnings().forEach(w -> err.println("warning: " + w));
    }

    /** Captures the iCalendar file {@code file}: the meetings I attended with contacts. */
    void ics(Path file) {
        CalendarSummary summary = session.book().capture().calendar().importIcs(file);
        if (session.json()) {
            session.printJson(summary);
            return;
        }
        session.out().println("Captured " + file.getFileName() + ": " + summary.inWords());
        summary.warnings().forEach(w -> err.println("warning: " + w));
    }
}
