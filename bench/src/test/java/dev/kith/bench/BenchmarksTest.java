package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the benchmark harness on a small book: it measures everything it promises. No timing asserts. */
class BenchmarksTest {
    @TempDir
    Path dir;

    @Test
    void benchmarkReportsSearchListAndTodayAgainstBaselinesOnASmallBook() {
        String spec = dir.resolve("bench.db").toString();
        try (Database db = Database.open(spec)) {
            Kith book = Kith.open(db, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            Benchmarks bench = new Benchmarks(book, Object::toString);
            bench.prepare(150, 2_000);
            // the extras at the benchmark's proportions: 3 articles of its own besides the demo's 3, 2 events
            // besides the demo's 4, at least 3 goals besides the demo's 2
            assertThat(bench.extras()[0]).isEqualTo(3 + 3);
            assertThat(bench.extras()[1]).isEqualTo(4 + 2);
            assertThat(bench.extras()[3]).isGreaterThanOrEqualTo(2 + 3);
            assertThat(bench.interactions()).isGreaterThanOrEqualTo(2_000);
            assertThat(bench.contacts()).isGreaterThan(150);

            BenchReport report = bench.run("sqlite", 0, null, spec, "2026-11-24", 2);
            assertThat(report.rows()).extracting(BenchReport.Row::operation)
                    .containsExactly("search (in-process, top 20)", "contacts list + JSON (in-process)",
                            "today plan (in-process, fresh: new connection and kinds, nothing cached; "
                                    + "snapshot + parts + profile index + compose)",
                            "today plan (in-process, snapshot loaded: every kind proposes, rank, compose)",
                            "today plan (in-process, book unchanged: version check, last plan reused)",
                            "today plan (in-process, new snapshot, kinds and profile index kept: load + compose)");
            assertThat(report.rows()).allSatisfy(r -> {
                assertThat(r.stats().runs()).isPositive();
                assertThat(r.baselineStats()).isNotNull();
            });
            assertThat(report.markdown()).contains("| search (in-process, top 20) |", "≤ 20");
        }
    }
}
