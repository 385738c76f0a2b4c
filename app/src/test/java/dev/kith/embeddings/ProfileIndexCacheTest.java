package dev.kith.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.Database;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The cached profile index is keyed on the change stamps of what it reads, on SQLite and PostgreSQL: a
 * logged interaction keeps the very same index; a changed interest rebuilds it, whether this process or
 * another committed the change; a change rolled back never leaves an index that shows it.
 */
@Isolated // switches the model off JVM-wide (LocalModel.DISABLE): no other test class runs meanwhile
class ProfileIndexCacheTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BeforeEach
    void lexical() {
        System.setProperty(LocalModel.DISABLE, "lexical");
    }

    @AfterEach
    void model() {
        System.clearProperty(LocalModel.DISABLE);
    }

    @BothDatabases
    void aLoggedInteractionKeepsTheIndexAndAChangedInterestRebuildsIt(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").interest("chess").build());
        book.contacts().add(ContactDraft.builder("Bo Chen").interest("rare books").build());
        ProfileIndex first = ProfileIndex.of(book.book());
        assertThat(ProfileIndex.of(book.book())).as("nothing changed").isSameAs(first);

        book.interactions().log(Interaction.draft(TODAY.minusDays(1), InteractionKind.LUNCH, Initiator.ME, 60,
                "Lunch", Exchange.NEUTRAL, false, List.of(ana.id())));
        assertThat(ProfileIndex.of(book.book())).as("an interaction is not part of a profile").isSameAs(first);

        book.contacts().edit(ana.id(), ContactPatch.builder().addInterests(List.of("sailing")).build());
        ProfileIndex second = ProfileIndex.of(book.book());
        assertThat(second).isNotSameAs(first);
        assertThat(second.profile(ana.id()).interests()).contains("sailing");
        assertThat(ProfileIndex.of(book.book())).isSameAs(second);
    }

    @BothDatabases
    void readersAtTheSameTimeShareOneBuild(TestDatabase db) throws Exception {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        for (int i = 0; i < 300; i++) {
            book.contacts().add(ContactDraft.builder("Person " + i).interest("topic " + i % 17).tag("t" + i % 5).build());
        }
        // half build (or wait for) the index; half only want one that is kept or on its way
        List<Object> got = dev.kith.core.Together.call(6, r -> () -> r % 2 == 0 ? ProfileIndex.of(book.book())
                : ProfileIndex.cached(book.book(), TODAY).map(Object.class::cast).orElse("none"));
        java.util.Set<Object> indexes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        got.stream().filter(ProfileIndex.class::isInstance).forEach(indexes::add);
        assertThat(indexes).as("one build, shared by every reader that got an index").hasSize(1);
        assertThat(ProfileIndex.of(book.book())).isSameAs(indexes.iterator().next());
    }

    @BothDatabases
    void aChangeCommittedByAnotherProcessIsSeen(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").interest("chess").build());
        ProfileIndex first = ProfileIndex.of(book.book());
        try (Database other = Database.open(db.spec())) {
            Kith elsewhere = Kith.open(other, Book.DEFAULT, KithClock.fixed(TODAY));
            elsewhere.contacts().edit(ana.id(), ContactPatch.builder().addInterests(List.of("rowing")).build());
        }
        ProfileIndex again = ProfileIndex.of(book.book());
        assertThat(again).isNotSameAs(first);
        assertThat(again.profile(ana.id()).interests()).contains("rowing");
    }

    @BothDatabases
    void aRolledBackChangeLeavesNoStaleIndex(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").interest("chess").build());
        ProfileIndex first = ProfileIndex.of(book.book());
        Consumer<org.jdbi.v3.core.Handle> failing = h -> {
            book.contacts().edit(ana.id(), ContactPatch.builder().addInterests(List.of("fencing")).build());
            assertThat(ProfileIndex.of(book.book()).profile(ana.id()).interests())
                    .as("the transaction sees its own change").contains("fencing");
            throw new IllegalStateException("roll back");
        };
        assertThatThrownBy(() -> db.database().update(failing)).isInstanceOf(IllegalStateException.class);
        ProfileIndex after = ProfileIndex.of(book.book());
        assertThat(after.profile(ana.id()).interests()).doesNotContain("fencing");
        assertThat(after).as("the index of before the transaction still holds").isSameAs(first);
    }

    @BothDatabases
    void eachBookHasItsOwnIndex(TestDatabase db) {
        Kith alice = Kith.open(db.database(), "alice", KithClock.fixed(TODAY));
        Kith bob = Kith.open(db.database(), "bob", KithClock.fixed(TODAY));
        alice.contacts().add(ContactDraft.builder("Ana Lima").interest("chess").build());
        bob.contacts().add(ContactDraft.builder("Bo Chen").interest("rare books").build());
        ProfileIndex ofAlice = ProfileIndex.of(alice.book());
        ProfileIndex ofBob = ProfileIndex.of(bob.book());
        assertThat(ofAlice.profiles()).extracting(Profile::name).containsExactly("Ana Lima");
        assertThat(ofBob.profiles()).extracting(Profile::name).containsExactly("Bo Chen");
        bob.contacts().add(ContactDraft.builder("Cy Dent").build());
        assertThat(ProfileIndex.of(alice.book())).as("a change to another book").isSameAs(ofAlice);
        assertThat(ProfileIndex.of(bob.book()).profiles()).hasSize(2);
    }
}
