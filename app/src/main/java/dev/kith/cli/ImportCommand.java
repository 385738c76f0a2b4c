package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.capture.LinkedInExport;
import dev.kith.core.KithException;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFiles;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code kith import [FORMAT] FILE [--dry-run]}: all or nothing; without a format, the file's own says which
 * ({@link ImportFiles#detect}). A malformed file exits 1 with
 * "FILE:LINE: reason" on stderr (and, with --json, the summary with its error on stdout).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import contacts (linkedin, vcard, google, outlook, ldif), restore a Kith backup (json), or capture"
                + " mail (mbox, maildir) and calendars (ics).")
final class ImportCommand extends BookCommand {
    /** The largest contacts file, backup or LinkedIn export read (whole, in memory); mail and calendars stream. */
    static final long MAX_FILE_BYTES = 512L << 20;

    @Parameters(arity = "1..2", paramLabel = "[FORMAT] FILE", hideParamSyntax = true, description = "The format, which Kith tells from the file"
            + " when left out: linkedin, vcard, google, outlook, ldif, json, mbox, maildir or ics. Then the file to import"
            + " (a folder for maildir, an unpacked LinkedIn export or a folder of .vcf files).")
    java.util.List<String> arguments;

    private String format;
    private Path file;

    private static final java.util.Set<String> FORMATS = java.util.Set.of("linkedin", "vcard", "google", "outlook",
            "ldif", "json", "mbox", "maildir", "ics");

    @Option(names = "--dry-run", description = "Show what the import would do and write nothing.")
    boolean dryRun;

    @Override
    void execute(Session session) {
        if (arguments.size() == 1) {
            file = Path.of(arguments.get(0));
            if (!Files.exists(file) && FORMATS.contains(arguments.get(0).toLowerCase(java.util.Locale.ROOT))) {
                throw new ParameterException(spec.commandLine(), "Missing the file to import: kith import "
                        + arguments.get(0) + " FILE");
            }
            format = ImportFiles.detect(file);
            if (!session.json()) {
                session.out().println("Reading " + file.getFileName() + " as " + format + ".");
            }
        } else {
            format = arguments.get(0);
            file = Path.of(arguments.get(1));
        }
        String name = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("ics")) {
            if (dryRun) {
                throw new ParameterException(spec.commandLine(), "--dry-run is not available for ics");
            }
            new CaptureImport(session, spec.commandLine().getErr(), false).ics(file);
            return;
        }
        if (name.equals("mbox") || name.equals("maildir")) {
            new CaptureImport(session, spec.commandLine().getErr(), dryRun).run(name, file);
            return;
        }
        ImportFormat contacts = contactFormat(name);
        if (contacts == ImportFormat.LINKEDIN && Files.isDirectory(file)) {
            linkedInFolder(session);
            return;
        }
        if (contacts == ImportFormat.VCARD && Files.isDirectory(file)) {
            vCardFolder(session);
            return;
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(file.toString(), 0, "larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB: split it, or import the LinkedIn export's files one by one");
            }
            // a vCard file is read as a stream (its photos can make it hundreds of megabytes)
            bytes = contacts == ImportFormat.VCARD ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KithException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (contacts == ImportFormat.LINKEDIN && (LinkedInExport.isZip(bytes)
                || dev.kith.capture.LinkedInMessages.isMessages(new String(bytes, 0, Math.min(bytes.length, 4096),
                StandardCharsets.UTF_8)))) {
            linkedIn(session, bytes);
            return;
        }
        Kith book = session.book();
        Importer importer = new Importer(book.book(), book.contacts(), book.milestones());
        report(session, () -> bytes == null ? importer.runVCard(file.toString(), file, dryRun, progress())
                : importer.run(contacts, file.toString(), bytes, dryRun, progress()));
    }

    /** Runs a contacts import and says what it did, or, for --json, also how it failed. */
    private void report(Session session, java.util.function.Supplier<ImportSummary> run) {
        ImportSummary summary;
        try {
            summary = run.get();
        } catch (ImportException e) {
            if (session.json()) {
                session.printJson(ImportSummary.failed(e));
            }
            throw e;
        }
        if (session.json()) {
            session.printJson(summary);
        } else {
            session.out().println((dryRun ? "Dry run, nothing written: " : "Imported " + file.getFileName() + ": ")
                    + summary.inWords());
            summary.warnings().forEach(w -> session.out().println("warning: " + w));
        }
    }

    /** A folder of vCard files (Outlook's contacts saved one per file), imported as one address book. */
    private void vCardFolder(Session session) {
        java.util.List<Path> files = ImportFiles.vCards(file);
        Kith book = session.book();
        Importer importer = new Importer(book.book(), book.contacts(), book.milestones());
        report(session, () -> importer.runVCards(file.toString(), files, dryRun, progress()));
    }

    /** The unpacked LinkedIn export: its Connections.csv and messages.csv, as the ZIP's. */
    private void linkedInFolder(Session session) {
        if (dryRun) {
            throw new ParameterException(spec.commandLine(), "--dry-run is not available for the export's folder;"
                    + " import Connections.csv alone to see a dry run");
        }
        print(session, session.book().linkedInExport().folder(file));
    }

    private void print(Session session, LinkedInExport.Summary summary) {
        if (session.json()) {
            session.printJson(summary);
        } else {
            if (summary.self() != null && summary.self().me() != null) {
                var self = summary.self();
                StringBuilder line = new StringBuilder("You: " + self.me().name() + " (#" + self.me().id() + ")");
                if (self.setAsMe()) {
                    line.append(self.created() ? ", added and set as you" : ", set as you");
                }
                if (!self.filled().isEmpty()) {
                    line.append("; filled in: ").append(String.join(", ", self.filled()));
                }
                if (!self.addresses().isEmpty()) {
                    line.append("; your addresses: ").append(String.join(", ", self.addresses()));
                }
                session.out().println(line);
            }
            if (summary.self() != null) {
                summary.self().warnings().forEach(w -> session.out().println("warning: " + w));
            }
            if (summary.connections() != null) {
                session.out().println("Connections: " + summary.connections().inWords());
                summary.connections().warnings().forEach(w -> session.out().println("warning: " + w));
            }
            if (summary.messages() != null) {
                session.out().println("Messages: " + summary.messages().inWords());
            }
        }
    }

    private void linkedIn(Session session, byte[] bytes) {
        if (dryRun) {
            throw new ParameterException(spec.commandLine(), "--dry-run is not available for LinkedIn messages or"
                    + " the export ZIP; import Connections.csv alone to see a dry run");
        }
        LinkedInExport linkedIn = session.book().linkedInExport();
        if (LinkedInExport.isZip(bytes)) {
            print(session, linkedIn.zip(file.toString(), bytes));
            return;
        }
        dev.kith.capture.CaptureSummary summary = linkedIn.messages(file.toString(), bytes);
        if (session.json()) {
            session.printJson(summary);
        } else {
            session.out().println("Captured " + file.getFileName() + ": " + summary.inWords());
        }
    }

    private ImportFormat contactFormat(String name) {
        for (ImportFormat f : ImportFormat.values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new ParameterException(spec.commandLine(), "Invalid value for positional parameter at index 0 (FORMAT): "
                + "expected one of [linkedin, vcard, google, outlook, ldif, json, mbox, maildir, ics] but was '" + format + "'");
    }

    /**
     * A bar on stderr when the console is a terminal; nothing otherwise. Since Java 22
     * {@code System.console()} is non-null even when redirected, so {@code Console.isTerminal()} (Java
     * 22+, called reflectively as Kith compiles for 21) decides when it exists.
     */
    private Progress progress() {
        if (!terminal()) {
            return Progress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (done, total) -> {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                    + (done == total ? "\n" : ""));
            err.flush();
        };
    }

    private static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
