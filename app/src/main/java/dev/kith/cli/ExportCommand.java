package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.core.PrivateFiles;
import dev.kith.io.backup.Backup;
import dev.kith.io.export.CsvExport;
import dev.kith.io.export.VCardExport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith export vcard|csv|json [-o FILE]}: to stdout, or to FILE (replaced whole, never half-written). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export contacts as vCard (4.0, or 3.0) or CSV, or the whole book as a JSON backup.")
final class ExportCommand extends BookCommand {
    enum Format { VCARD, CSV, JSON }

    @Parameters(index = "0", paramLabel = "FORMAT", description = "vcard, csv or json (a complete backup).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--vcard-version", paramLabel = "3.0|4.0", defaultValue = "4.0",
            description = "The vCard version of a vcard export: 4.0 (the default), or 3.0 for address books that"
                    + " read no 4.0 (Outlook, older Android phones).")
    String vcardVersion;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        String text = switch (format) {
            case VCARD -> VCardExport.write(book.book(), book.contacts(), VCardExport.version("vcard-version",
                    vcardVersion));
            case CSV -> CsvExport.write(book.book(), book.contacts());
            case JSON -> Backup.toJson(book.book());
        };
        write(session, output, text);
    }

    /**
     * Prints {@code text}, or writes it to {@code output} through a temporary file in the same folder,
     * readable by the user only (0600): an export holds the whole address book.
     */
    static void write(Session session, Path output, String text) {
        if (output == null) {
            session.out().print(text);
            session.out().flush();
            return;
        }
        PrivateFiles.writeString(output, text, "the export");
    }
}
