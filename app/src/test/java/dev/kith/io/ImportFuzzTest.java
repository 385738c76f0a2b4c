package dev.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.io.backup.Backup;
import dev.kith.store.Database;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import dev.kith.io.backup.BackupSections;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every importer, on any bytes, either imports or throws {@link ImportException}, for real (no dry
 * run), into a fresh book per input:
 * <ul>
 *   <li>after an {@code ImportException} the database is unchanged: every table has as many rows
 *       ({@link Tables#counts}: nothing inserted or deleted) and the book's backup is the same text
 *       (nothing updated);</li>
 *   <li>after a success the summary agrees with the book: as many new contacts as it says it created
 *       and, for the merging importers, as many new milestones as job changes;</li>
 *   <li>a JSON backup that restores exports, restores into another fresh book, and exports the same text.</li>
 * </ul>
 * The merging importers (LinkedIn, vCard, Google, Outlook, LDIF) meet a book seeded with a LinkedIn and a
 * Google import, so the merge paths are fuzzed too; a restore needs an empty book, so JSON inputs meet
 * an empty one and reach every backup section. A plain test run replays the seed corpus in
 * {@code src/test/resources/dev/kith/io/ImportFuzzTestInputs/<method>/} and fails on any finding;
 * {@code JAZZER_FUZZ=1} fuzzes (one method at a time: {@code -Dtest=ImportFuzzTest#vcard}).
 */
class ImportFuzzTest {
    private static final KithClock CLOCK = KithClock.fixed(Fixtures.TODAY);
    private static final AtomicLong BOOKS = new AtomicLong();
    private static TestDatabase db;

    private static synchronized Database db() {
        if (db == null) {
            db = TestDatabase.sqlite();
        }
        return db.database();
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** A new, empty book in the shared database. */
    private static Kith freshBook() {
        return Kith.open(db(), "fuzz-" + BOOKS.incrementAndGet(), CLOCK);
    }

    /** A new book holding the seed contacts that inputs merge into. */
    private static Kith seededBook() {
        Kith book = freshBook();
        Fixtures.importResource(book, ImportFormat.LINKEDIN, "Connections.csv");
        Fixtures.importResource(book, ImportFormat.GOOGLE, "google.csv");
        return book;
    }

    private static int rows(Kith book, String table) {
        return book.database().read(h -> h.createQuery("SELECT count(*) FROM " + table + " WHERE book_id = :b")
                .bind("b", book.id()).mapTo(Integer.class).one());
    }

    /** Imports {@code data} into {@code book} for real and checks the outcome; the summary, or null if refused. */
    private static ImportSummary check(Kith book, ImportFormat format, byte[] data) {
        Map<String, Integer> before = Tables.counts(book.database());
        String backup = Backup.toJson(book.book());
        int contacts = rows(book, "contacts");
        int milestones = rows(book, "milestones");
        ImportSummary s;
        try {
            s = Fixtures.importer(book).run(format, "fuzz", data, false, Progress.NONE);
        } catch (ImportException e) {
            assertThat(Tables.counts(book.database())).as("the database after a refused import").isEqualTo(before);
            assertThat(Backup.toJson(book.book())).as("the book after a refused import").isEqualTo(backup);
            assertThat(e.file()).isEqualTo("fuzz");
            return null;
        }
        assertThat(s.errors()).isEmpty();
        assertThat(s.created()).isGreaterThanOrEqualTo(0);
        assertThat(rows(book, "contacts") - contacts).as("contacts created").isEqualTo(s.created());
        if (format != ImportFormat.JSON) { // a restore brings back the backup's milestones, and counts contacts only
            assertThat(rows(book, "milestones") - milestones).as("job-change milestones").isEqualTo(s.milestones());
        }
        return s;
    }

    private static void merging(ImportFormat format, byte[] data) {
        check(seededBook(), format, data);
    }

    @FuzzTest(maxDuration = "10m")
    void linkedin(byte[] data) {
        merging(ImportFormat.LINKEDIN, data);
    }

    @FuzzTest(maxDuration = "10m")
    void vcard(byte[] data) {
        merging(ImportFormat.VCARD, data);
    }

    @FuzzTest(maxDuration = "10m")
    void google(byte[] data) {
        merging(ImportFormat.GOOGLE, data);
    }

    @FuzzTest(maxDuration = "10m")
    void outlook(byte[] data) {
        merging(ImportFormat.OUTLOOK, data);
    }

    @FuzzTest(maxDuration = "10m")
    void ldif(byte[] data) {
        merging(ImportFormat.LDIF, data);
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] data) {
        Kith book = freshBook();
        if (check(book, ImportFormat.JSON, data) == null) {
            return;
        }
        String exported = Backup.toJson(book.book());
        Kith again = freshBook();
        ImportSummary s = check(again, ImportFormat.JSON, exported.getBytes(StandardCharsets.UTF_8));
        assertThat(s).as("restoring the export of a restored backup").isNotNull();
        assertThat(Backup.toJson(again.book())).isEqualTo(exported);
    }

    /** The JSON corpus holds whole backups that restore: every section of one is restored and exported again. */
    @Test
    void theJsonSeedsRestoreEveryBackupSection() throws IOException {
        for (String seed : new String[] {"every-section", "every-section-compact", "contacts-and-organizations"}) {
            byte[] data;
            try (InputStream in = getClass().getResourceAsStream("ImportFuzzTestInputs/json/" + seed)) {
                data = in.readAllBytes();
            }
            Kith book = freshBook();
            assertThat(check(book, ImportFormat.JSON, data)).as(seed).isNotNull();
            if (seed.startsWith("every-section")) {
                var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Backup.toJson(book.book()));
                BackupSections.ALL.forEach(s -> assertThat(root.path(s.name()).size()).as(seed + ": " + s.name())
                        .isPositive());
            }
        }
    }
}
