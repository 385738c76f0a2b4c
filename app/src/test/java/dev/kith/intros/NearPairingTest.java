package dev.kith.intros;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.demo.DemoBook;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Profiles;
import dev.kith.reciprocity.Balance;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import dev.kith.today.Snapshot;
import dev.kith.today.Today;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today pairs only my closest contacts and reads only what concerns them (their profiles, the ties
 * near them, their balances, strengths from the snapshot): it must choose exactly what reading the
 * whole book would.
 */
class NearPairingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void pairingTheClosestFromWhatConcernsThemChoosesWhatTheWholeBookWould(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        DemoBook.generate(kith, DemoBook.SEED, 300);
        Book book = kith.book();
        Intros intros = kith.intros();
        Pool pool = Pool.load(book, TODAY);
        assertThat(pool.reachableCount()).isGreaterThan(250);

        for (int closest : List.of(30, 100, 300)) {
            for (int limit : List.of(1, 3, 10)) {
                assertThat(Suggestions.suggest(book, intros, TODAY, limit, pool, closest, false, Integer.MAX_VALUE))
                        .as("closest %d, limit %d", closest, limit)
                        .isEqualTo(Suggestions.suggest(book, intros, TODAY, limit, pool, closest, true, Integer.MAX_VALUE));
            }
        }
        assertThat(Suggestions.suggest(book, intros, TODAY, 3, pool, 100, false, Integer.MAX_VALUE)).isNotEmpty();

        Snapshot snapshot = kith.today().snapshot();
        Pool fromSnapshot = IntroduceKind.pool(snapshot);
        assertThat(fromSnapshot.size()).isEqualTo(pool.size());
        for (int row = 0; row < pool.size(); row++) {
            assertThat(fromSnapshot.id(row)).isEqualTo(pool.id(row));
            assertThat(fromSnapshot.reachable(row)).isEqualTo(pool.reachable(row));
            assertThat(fromSnapshot.strengths()[row]).as("strength of %d", pool.id(row)).isEqualTo(pool.strengths()[row]);
        }
        IntroduceKind kind = new IntroduceKind(book, intros, kith.reciprocity(), kith.contacts());
        assertThat(kind.suggestions.load(snapshot)).isEqualTo(kind.suggestions.load(TODAY));

        List<Long> some = List.of(pool.id(3), pool.id(10), pool.id(42), pool.id(99), pool.id(100), pool.id(250));
        assertThat(Profiles.load(book, TODAY, some))
                .isEqualTo(Profiles.load(book, TODAY).stream().filter(p -> some.contains(p.id())).toList());
        Map<Long, Balance> all = kith.reciprocity().all();
        Map<Long, Balance> expected = new HashMap<>(all);
        expected.keySet().retainAll(Set.copyOf(some));
        assertThat(kith.reciprocity().of(some)).isEqualTo(expected);
        assertThat(kith.reciprocity().of(List.of())).isEmpty();
    }

    @BothDatabases
    void profilesOfNoOneAreNone(TestDatabase db) {
        Book book = Book.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        List<Profile> none = Profiles.load(book, TODAY, List.of());
        assertThat(none).isEmpty();
    }
}
