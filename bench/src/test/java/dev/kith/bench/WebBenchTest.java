package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.KithClock;
import dev.kith.demo.DemoBook;
import dev.kith.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web load benchmark against a real {@code kith serve} process on a tiny book: the read-only, mixed
 * (one request in ten logs an interaction) and search rows are all measured in every round, the writes
 * land in the served book, and nothing fails. No timing asserts.
 */
class WebBenchTest {
    @TempDir
    Path dir;

    @Test
    void mixedLoadLogsInteractionsAndReportsEveryRowAcrossRounds() throws Exception {
        String spec = dir.resolve("web.db").toString();
        List<Long> people;
        int before;
        try (Database db = Database.open(spec)) {
            Kith book = Kith.open(db, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            DemoBook.generate(book, DemoBook.SEED, DemoBook.MIN_PEOPLE);
            people = book.contacts().list(ContactFilter.ALL_ACTIVE).stream().filter(c -> !c.doNotContact())
                    .map(ContactSummary::id).filter(id -> !book.me().map(id::equals).orElse(false)).limit(5).toList();
            before = new Benchmarks(book, Object::toString).interactions();
        }
        // a launcher as ./kith is, running the product from this test's class path
        Path launcher = dir.resolve("kith");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' dev.kith.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));

        WebBench.Report report = new WebBench(launcher, spec, "2026-11-24").run(1, 20, 1, 2, people);

        assertThat(report.loads()).extracting(WebBench.LoadRow::label).containsExactly("`GET /`, read-only",
                "`GET /`, 1 in 10 requests a POST (the GETs)", "`POST /api/v1/interactions` in that mix",
                "`GET /api/v1/contacts?q=…`, read-only");
        assertThat(report.loads()).allSatisfy(row -> {
            assertThat(row.rounds()).hasSize(2);
            assertThat(row.errors()).as(row.label() + ": " + report.markdown()).isZero();
            assertThat(row.p99().median()).isPositive();
        });
        assertThat(report.loads().get(0).rounds().getFirst().requests()).isEqualTo(20);
        assertThat(report.loads().get(1).rounds().getFirst().requests()).isEqualTo(18);
        assertThat(report.loads().get(2).rounds().getFirst().requests()).isEqualTo(2);
        assertThat(report.markdown()).contains("| `POST /api/v1/interactions` in that mix at 20 req/s | 2 × 2, 0 errors |");
        try (Database db = Database.open(spec)) {
            Kith book = Kith.open(db, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            // a warm-up round and two counted rounds of the mix, two writes each
            assertThat(new Benchmarks(book, Object::toString).interactions()).isEqualTo(before + 6);
        }
    }
}
