package dev.kith.intros;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which model a book ranks with: the prior on a short history, a fit on a long one, kept in the book until it is out of date. */
class IntroModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /**
     * A history grown by triadic closure: each step someone active lately meets a friend of a friend (or, one time in
     * five, anyone), one event a day; the first {@code seed}-drawn 20 people start as a ring.
     */
    static List<long[]> triadic(long seed, int n, int events) {
        Random r = new Random(seed);
        List<List<Integer>> nb = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nb.add(new ArrayList<>());
        }
        List<long[]> out = new ArrayList<>();
        List<Integer> recent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int j = (i + 1) % 20;
            nb.get(i).add(j);
            nb.get(j).add(i);
            out.add(new long[] {i, j, 0});
            recent.add(i);
        }
        for (int t = 1; out.size() < events; t++) {
            int u = r.nextDouble() < 0.7 ? recent.get(recent.size() - 1 - r.nextInt(Math.min(30, recent.size())))
                    : r.nextInt(n);
            int v;
            if (!nb.get(u).isEmpty() && r.nextDouble() < 0.8) {
                int z = nb.get(u).get(r.nextInt(nb.get(u).size()));
                v = nb.get(z).get(r.nextInt(nb.get(z).size()));
            } else {
                v = r.nextInt(n);
            }
            if (u == v) {
                continue;
            }
            if (!nb.get(u).contains(v)) {
                nb.get(u).add(v);
                nb.get(v).add(u);
            }
            out.add(new long[] {u, v, t});
            recent.add(u);
            recent.add(v);
        }
        return out;
    }

    @Test
    void aShortHistoryRanksWithThePriorAndALongOneIsFitted() {
        List<long[]> history = triadic(5, 400, 3000);
        IntroModel shortOne = IntroModel.choose(history, IntroModel.MIN_EVENTS - 1, 400, IntroModel.BOOK);
        assertThat(shortOne.fitted()).isFalse();
        assertThat(shortOne.model().weights()).containsExactly(TemporalFit.prior().weights());

        IntroModel longOne = IntroModel.choose(history, history.size(), 400, IntroModel.BOOK);
        assertThat(longOne.fitted()).isTrue();
        assertThat(longOne.newPairs()).isGreaterThanOrEqualTo(IntroModel.MIN_NEW_PAIRS);
        assertThat(longOne.model().weights()).isNotEqualTo(TemporalFit.prior().weights());
        assertThat(longOne.events()).isEqualTo(history.size());
        // the same history, the same model: the fit is deterministic
        assertThat(IntroModel.choose(history, history.size(), 400, IntroModel.BOOK).model().weights())
                .containsExactly(longOne.model().weights());
    }

    @Test
    void enoughEventsButFewNewPairsInTheValidationWindowRankWithThePrior() {
        // 400 events, but the last fifth only repeats pairs already in touch: no new pair to choose a fit on
        List<long[]> history = new ArrayList<>(triadic(9, 300, 320));
        long t = history.get(history.size() - 1)[2];
        List<long[]> repeats = new ArrayList<>();
        for (int i = 0; repeats.size() < 100; i++) {
            long[] e = history.get(i % history.size());
            repeats.add(new long[] {e[0], e[1], ++t});
        }
        history.addAll(repeats);
        assertThat(history.size()).isGreaterThanOrEqualTo(IntroModel.MIN_EVENTS);
        IntroModel m = IntroModel.choose(history, history.size(), 300, IntroModel.BOOK);
        assertThat(m.fitted()).isFalse();
        assertThat(m.newPairs()).isLessThan(IntroModel.MIN_NEW_PAIRS);
        assertThat(m.model().weights()).containsExactly(TemporalFit.prior().weights());
    }

    @Test
    void aKeptModelIsOutOfDateOnceTheHistoryChangedByATenth() {
        IntroModel kept = new IntroModel(TemporalFit.prior(), 10, true, 40, 1000);
        assertThat(IntroModel.stale(kept, 1000)).isFalse();
        assertThat(IntroModel.stale(kept, 1099)).isFalse();
        assertThat(IntroModel.stale(kept, 1100)).isTrue();
        assertThat(IntroModel.stale(kept, 900)).isTrue();
    }

    @BothDatabases
    void aBookWithALongHistoryKeepsItsFittedModelUntilTheHistoryGrows(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Book book = kith.book();
        List<long[]> events = triadic(3, 60, 700);
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            people.add(kith.contacts().add(ContactDraft.builder("Person " + i).build()));
        }
        // each event a dated "knows" tie (one per pair: later contacts of a pair are repeats)
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int ties = 0;
        for (long[] e : events) {
            long a = Math.min(e[0], e[1]);
            long b = Math.max(e[0], e[1]);
            if (seen.add(a << 32 | b)) {
                kith.ties().add(people.get((int) e[0]).id(), people.get((int) e[1]).id(), TieKind.KNOWS,
                        TODAY.minusDays(800 - e[2]), TieSource.MANUAL);
                ties++;
            }
        }
        assertThat(ties).isGreaterThanOrEqualTo(IntroModel.MIN_EVENTS);
        Pool pool = Pool.load(book, TODAY);
        TieHistory history = TieHistory.load(book, TODAY, pool);
        assertThat(history.events()).hasSize(ties);

        // Today on a large history does not fit: nothing kept yet, so the prior
        IntroModel today = IntroModel.of(book, history, TODAY, ties - 1);
        assertThat(today.fitted()).isFalse();
        assertThat(IntroModelStore.read(book)).isEmpty();

        IntroModel fitted = IntroModel.of(book, history, TODAY, Integer.MAX_VALUE);
        assertThat(fitted.fitted()).isTrue();
        IntroModel kept = IntroModelStore.read(book).orElseThrow();
        assertThat(kept.model().weights()).containsExactly(fitted.model().weights());
        assertThat(kept.model().means()).containsExactly(fitted.model().means());
        assertThat(kept.model().sds()).containsExactly(fitted.model().sds());
        assertThat(kept.model().intercept()).isEqualTo(fitted.model().intercept());
        assertThat(kept.halfLife()).isEqualTo(fitted.halfLife());

        // kept: a different model stored for this history is what the book ranks with (no new fit) ...
        IntroModel marked = new IntroModel(TemporalFit.single(8), 7, true, 31, ties);
        IntroModelStore.write(book, marked, TODAY);
        assertThat(IntroModel.of(book, history, TODAY, Integer.MAX_VALUE).model().weights())
                .containsExactly(TemporalFit.single(8).weights());
        // ... until the history has grown by a tenth: then it is chosen again (Today keeps the old one meanwhile)
        List<long[]> more = new ArrayList<>(history.events());
        for (int i = 0; i <= ties / 10; i++) {
            more.add(new long[] {0, 1, history.today()});
        }
        TieHistory grown = TieHistory.of(more, List.of(), pool.size(), history.today());
        assertThat(IntroModel.of(book, grown, TODAY, 0).model().weights()).containsExactly(TemporalFit.single(8).weights());
        IntroModel again = IntroModel.of(book, grown, TODAY, Integer.MAX_VALUE);
        assertThat(again.events()).isEqualTo(grown.events().size());
        assertThat(IntroModelStore.read(book).orElseThrow().events()).isEqualTo(grown.events().size());
    }

    @BothDatabases
    void aDamagedKeptModelIsChosenAgainInsteadOfFailingThePlan(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Book book = kith.book();
        IntroModel marked = new IntroModel(TemporalFit.single(8), 7, true, 31, 500);
        IntroModelStore.write(book, marked, TODAY);
        String good = IntroModelStore.format(marked.model());
        assertThat(IntroModelStore.read(book)).isPresent();
        String[] values = good.split(" ");
        for (String damage : List.of("oops", "NaN", "Infinity")) {
            String[] damaged = values.clone();
            damaged[2] = damage;
            db.database().update(h -> h.createUpdate("UPDATE intro_models SET model = :m WHERE book_id = :b")
                    .bind("m", String.join(" ", damaged)).bind("b", book.id()).execute());
            assertThat(IntroModelStore.read(book)).as(damage).isEmpty();
        }
        String[] zeroSpread = values.clone();
        zeroSpread[LinkFeatures.SIZE] = "0.0";
        db.database().update(h -> h.createUpdate("UPDATE intro_models SET model = :m WHERE book_id = :b")
                .bind("m", String.join(" ", zeroSpread)).bind("b", book.id()).execute());
        assertThat(IntroModelStore.read(book)).isEmpty();
        List<long[]> events = triadic(3, 60, 700);
        TieHistory history = TieHistory.of(events, List.of(), 60, events.get(events.size() - 1)[2] + 1);
        assertThat(IntroModel.of(book, history, TODAY, 0).model().weights()).as("the plan still ranks, with the prior")
                .containsExactly(TemporalFit.prior().weights());
    }
}
