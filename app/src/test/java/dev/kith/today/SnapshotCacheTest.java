package dev.kith.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.Database;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cached snapshot is reused only while nothing was committed; every write is seen by the next plan. */
class SnapshotCacheTest {
    private static Snapshot cached(Kith book) {
        return SnapshotCache.get(new Sources(book.book(), book.contacts(), book.interactions(), book.milestones()));
    }

    @Test
    void anUnchangedBookReusesItsSnapshot() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Scenario s = new Scenario(db);
            s.person("Ana Lima");
            Kith book = s.book();
            assertThat(cached(book)).isSameAs(cached(book));
            assertThat(cached(s.on(Scenario.TODAY.plusDays(1))))
                    .as("another day is another snapshot").isNotSameAs(cached(book));
        }
    }

    @Test
    void requestsThatMissTogetherShareOneLoad() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Scenario s = new Scenario(db);
            for (int i = 0; i < 30; i++) {
                s.person("Person " + i);
            }
            Kith book = s.book();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(6);
            List<java.util.concurrent.Future<Snapshot>> results = new java.util.ArrayList<>();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            try {
                for (int i = 0; i < 6; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return cached(book);
                    }));
                }
                Snapshot first = results.getFirst().get();
                for (var r : results) {
                    assertThat(r.get()).as("every concurrent miss gets the one snapshot loaded").isSameAs(first);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aWriteFromThisProcessIsInTheNextPlan() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Scenario s = new Scenario(db);
            long ana = s.person("Ana Lima");
            Today today = s.today();
            assertThat(today.plan(3).actions()).isEmpty();
            s.mine(ana, Scenario.TODAY.minusDays(1), InteractionKind.COFFEE);
            assertThat(today.plan(3).actions()).extracting(Action::id)
                    .containsExactly("follow-up:" + ana + ":" + Scenario.TODAY.minusDays(1));
        }
    }

    @Test
    void aWriteFromAnotherConnectionIsInTheNextPlan() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Scenario s = new Scenario(db);
            long ana = s.person("Ana Lima");
            Today today = s.today();
            assertThat(today.plan(3).actions()).isEmpty();
            try (Database other = Database.open(db.spec())) {
                Kith elsewhere = Kith.open(other, Book.DEFAULT, KithClock.fixed(Scenario.TODAY));
                elsewhere.interactions().log(Interaction.draft(Scenario.TODAY.minusDays(1), InteractionKind.COFFEE,
                        Initiator.ME, null, null, Exchange.NEUTRAL, false, List.of(ana)));
                assertThat(today.plan(3).actions()).as("logged by another connection").hasSize(1);
                elsewhere.contacts().archive(ana, true);
                assertThat(today.plan(3).actions()).as("archived by another connection").isEmpty();
            }
        }
    }

    @Test
    void theDataVersionIsUnknownOnPostgresAndInsideATransaction() {
        try (TestDatabase db = TestDatabase.postgres()) {
            assertThat(db.database().dataVersion()).isEmpty();
        }
        try (TestDatabase db = TestDatabase.sqlite()) {
            assertThat(db.database().dataVersion()).isPresent();
            java.util.OptionalLong inside = db.database().write(h -> db.database().dataVersion());
            assertThat(inside).isEmpty();
        }
    }

    @dev.kith.store.BothDatabases
    void aPartNamingItsTablesOutlivesAWriteToOthersAndTheSnapshotIsCachedPerBook(TestDatabase db) {
        Scenario s = new Scenario(db);
        long ana = s.person("Ana Lima");
        Kith book = s.book();
        AtomicInteger tagLoads = new AtomicInteger();
        AtomicInteger anyLoads = new AtomicInteger();
        SnapshotPart<List<String>> tags = SnapshotPart.reading(List.of("contact_tags"), day -> {
            tagLoads.incrementAndGet();
            return book.contacts().tags();
        });
        SnapshotPart<Integer> any = day -> anyLoads.incrementAndGet();
        Snapshot first = cached(book);
        assertThat(cached(book)).as("cached on either database").isSameAs(first);
        first.part(tags);
        first.part(any);

        s.mine(ana, Scenario.TODAY.minusDays(1), InteractionKind.COFFEE);
        Snapshot second = cached(book);
        assertThat(second).as("an interaction is in the snapshot").isNotSameAs(first);
        second.part(tags);
        second.part(any);
        assertThat(tagLoads).as("the tags part reads no interactions: carried over").hasValue(1);
        assertThat(anyLoads).as("a part that does not say what it reads is loaded again").hasValue(2);

        book.contacts().edit(ana, dev.kith.contacts.ContactPatch.builder().addTags(List.of("chess")).build());
        assertThat(cached(book).part(tags)).as("a changed tag reloads it").containsExactly("chess");
        assertThat(tagLoads).hasValue(2);

        Kith other = Kith.open(db.database(), "other", KithClock.fixed(Scenario.TODAY));
        Snapshot ofBook = cached(book);
        other.contacts().add(dev.kith.contacts.ContactDraft.builder("Bo Chen").build());
        assertThat(cached(book)).as("a change to another book keeps this book's snapshot").isSameAs(ofBook);
    }

    @Test
    void aPartIsLoadedOnceAndLivesWithItsSnapshot() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Scenario s = new Scenario(db);
            s.person("Ana Lima");
            AtomicInteger loads = new AtomicInteger();
            Kith book = s.book();
            SnapshotPart<Integer> count = day -> {
                loads.incrementAndGet();
                return book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE).size();
            };
            Snapshot snapshot = cached(s.book());
            assertThat(snapshot.part(count)).isEqualTo(1);
            assertThat(cached(s.book()).part(count)).isEqualTo(1);
            assertThat(loads).as("the cached snapshot keeps its part").hasValue(1);
            s.person("Bo Chen");
            assertThat(cached(s.book()).part(count)).as("a write gives a new snapshot and part").isEqualTo(2);
            assertThat(loads).hasValue(2);
        }
    }
}
