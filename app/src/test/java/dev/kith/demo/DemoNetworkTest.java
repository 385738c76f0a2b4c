package dev.kith.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import dev.kith.network.TargetKind;
import dev.kith.store.TestDatabase;
import dev.kith.today.Action;
import dev.kith.today.Today;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo book's introductions: targets of three kinds, each reachable, and Today asking for one. */
class DemoNetworkTest {
    @Test
    void theDemoHasReachableTargetsAndTodayProposesAnIntroduction() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            DemoBook.generate(book, DemoBook.SEED, DemoBook.DEFAULT_PEOPLE);
            Network network = book.network();
            List<Target> targets = network.targets().list(false);
            assertThat(targets).extracting(Target::kind)
                    .containsExactly(TargetKind.PERSON, TargetKind.ORGANIZATION, TargetKind.INDUSTRY);
            long start = System.nanoTime();
            List<PathReport> reports = network.paths(targets, 3, Network.DEFAULT_HOPS);
            long first = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                network.paths(targets, 3, Network.DEFAULT_HOPS);
            }
            long cached = (System.nanoTime() - start) / 20;
            System.out.printf("demo book paths for 3 targets: first %.1f ms (graph built), then %.2f ms (cached)%n",
                    first / 1e6, cached / 1e6);
            assertThat(reports).allSatisfy(r -> assertThat(r.paths()).hasSize(3));
            assertThat(reports.get(0).paths().get(0).hops()).hasSize(2);
            assertThat(network.referrals().open()).hasSize(1);
            Today today = book.today();
            List<Action> proposed = today.candidates(today.snapshot());
            assertThat(proposed).anySatisfy(a -> {
                assertThat(a.kind()).isEqualTo("ask-intro");
                assertThat(a.draft()).contains("Priya Raman", "cloud migration");
            });
        }
    }
}
