package dev.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kith.app.Kith;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Every importer, on any bytes, either imports or throws {@link ImportException}, and after an
 * {@code ImportException} the database is unchanged. A plain test run replays the seed corpus in
 * {@code src/test/resources/dev/kith/io/ImportFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes
 * (one method at a time: {@code -Dtest=ImportFuzzTest#vcard}). Imports run as dry runs, so the book
 * keeps its seeded contacts and every input meets the same merge candidates.
 */
class ImportFuzzTest {
    private static TestDatabase db;
    private static Kith book;

    private static synchronized Kith book() {
        if (book == null) {
            db = TestDatabase.sqlite();
            book = Fixtures.book(db);
            Fixtures.importResource(book, ImportFormat.LINKEDIN, "Connections.csv");
            Fixtures.importResource(book, ImportFormat.GOOGLE, "google.csv");
        }
        return book;
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
            db = null;
            book = null;
        }
    }

    private static void check(ImportFormat format, byte[] data) {
        Kith b = book();
        try {
            ImportSummary s = Fixtures.importer(b).run(format, "fuzz", data, true, Progress.NONE);
            assertThat(s.errors()).isEmpty();
        } catch (ImportException e) {
            Map<String, Integer> after = Tables.counts(b.database());
            assertThat(after).isEqualTo(seeded());
            assertThat(e.file()).isEqualTo("fuzz");
        }
    }

    private static Map<String, Integer> seededCounts;

    private static synchronized Map<String, Integer> seeded() {
        if (seededCounts == null) {
            seededCounts = Tables.counts(book().database());
        }
        return seededCounts;
    }

    @FuzzTest(maxDuration = "10m")
    void linkedin(byte[] data) {
        seeded();
        check(ImportFormat.LINKEDIN, data);
    }

    @FuzzTest(maxDuration = "10m")
    void vcard(byte[] data) {
        seeded();
        check(ImportFormat.VCARD, data);
    }

    @FuzzTest(maxDuration = "10m")
    void google(byte[] data) {
        seeded();
        check(ImportFormat.GOOGLE, data);
    }

    @FuzzTest(maxDuration = "10m")
    void outlook(byte[] data) {
        seeded();
        check(ImportFormat.OUTLOOK, data);
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] data) {
        seeded();
        check(ImportFormat.JSON, data);
    }
}
