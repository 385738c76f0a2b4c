package dev.kith.bench.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.core.KithClock;
import dev.kith.store.Database;
import dev.kith.team.ColleaguePaths;
import dev.kith.team.TeamSharing;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of {@code kith bench team} on a tiny team: it generates what it promises and measures. No timing asserts. */
class TeamBenchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Test
    void aTinyTeamIsGeneratedOnceAllSharingAndQueriesFindColleagues() {
        try (Database db = Database.open(dir.resolve("team.db").toString())) {
            TeamBench.Report report = TeamBench.run(db, 6, 120, 20, 200, 7, TODAY);
            assertThat(report.generateSeconds()).isPositive();
            assertThat(report.queries()).isEqualTo(200);
            assertThat(report.meanColleagues()).as("people are known by several colleagues").isGreaterThan(1);
            assertThat(report.p50()).isLessThanOrEqualTo(report.p99()).isLessThanOrEqualTo(report.max());
            assertThat(report.p99Low()).isLessThanOrEqualTo(report.p99()).isLessThanOrEqualTo(report.p99High());
            assertThat(report.markdown()).contains("Team of 6 users × 120 contacts", "| 200 |");
            int users = db.read(h -> h.createQuery("SELECT count(*) FROM users").mapTo(Integer.class).one());
            assertThat(users).isEqualTo(6);
            long book = db.read(h -> h.createQuery("SELECT book_id FROM users WHERE name = 'user1'").mapTo(Long.class).one());
            assertThat(new TeamSharing(db).isShared(book)).isTrue();
            int contacts = db.read(h -> h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :b").bind("b", book)
                    .mapTo(Integer.class).one());
            assertThat(contacts).isEqualTo(120 + 5);
            assertThat(TeamBench.run(db, 6, 120, 0, 10, 7, TODAY).generateSeconds()).as("reused").isZero();
            long anyContact = db.read(h -> h.createQuery("SELECT min(id) FROM contacts WHERE book_id = :b")
                    .bind("b", book).mapTo(Long.class).one());
            assertThat(new ColleaguePaths(db, KithClock.fixed(TODAY)).find(book, anyContact))
                    .allSatisfy(p -> assertThat(p.colleague()).startsWith("user").isNotEqualTo("user1"));
        }
    }

    @Test
    void theP99IntervalIsTheBinomialRanksAroundTheNinetyNinthPercent() {
        assertThat(TeamBench.p99Ranks(2000)).containsExactly(1970, 1988);
        assertThat(TeamBench.p99Ranks(10)).containsExactly(8, 9);
        assertThat(TeamBench.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2);
    }
}
