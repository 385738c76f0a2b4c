package dev.kith.io;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.io.imports.Importer;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Test files under src/test/resources/dev/kith/io and a book to import them into. */
public final class Fixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Fixtures() {
    }

    public static Kith book(TestDatabase db) {
        return book(db, TODAY);
    }

    public static Kith book(TestDatabase db, LocalDate today) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(today));
    }

    public static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/kith/io/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer into {@code book}. */
    public static Importer importer(Kith book) {
        return new Importer(book.book(), book.contacts(), book.milestones());
    }

    public static ImportSummary importResource(Kith book, ImportFormat format, String name) {
        return importer(book).run(format, name, resource(name), false, Progress.NONE);
    }

    public static ImportSummary importText(Kith book, ImportFormat format, String text) {
        return importer(book).run(format, "test." + format.name().toLowerCase(java.util.Locale.ROOT),
                text.getBytes(StandardCharsets.UTF_8), false, Progress.NONE);
    }
}
