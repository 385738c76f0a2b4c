package dev.kith.io.imports;

import static dev.kith.io.Fixtures.importer;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.Employment;
import dev.kith.io.ImportFiles;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Imports a file as {@code kith import FILE} does: the format told from the file, a vCard read as a stream. */
final class AsKithImport {
    private AsKithImport() {
    }

    /** Writes {@code bytes} to {@code dir/name} and imports that file into {@code book}. */
    static ImportSummary run(Kith book, Path dir, String name, byte[] bytes) {
        try {
            Path file = Files.write(dir.resolve(name), bytes);
            ImportFormat format = ImportFormat.valueOf(ImportFiles.detect(file).toUpperCase(Locale.ROOT));
            return format == ImportFormat.VCARD
                    ? importer(book).runVCard(file.toString(), file, false, Progress.NONE)
                    : importer(book).run(format, file.toString(), Files.readAllBytes(file), false, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The active contacts of {@code book}, by name. */
    static List<Contact> people(Kith book) {
        return book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(s -> book.contacts().get(s.id()))
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    static String org(Contact c) {
        return c.currentJob().map(Employment::organization).orElse(null);
    }

    static String title(Contact c) {
        return c.currentJob().map(Employment::title).orElse(null);
    }

    /** The warnings' messages, each after its line ("3: ..."). */
    static List<String> warnings(ImportSummary s) {
        return s.warnings().stream().map(w -> w.line() + ": " + w.message()).toList();
    }
}
