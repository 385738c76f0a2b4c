package dev.kith.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

class JournalTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
    }

    private static Interaction call(long... people) {
        return Interaction.draft(TODAY, InteractionKind.CALL, Initiator.ME, null, "a call", Exchange.NEUTRAL, false,
                java.util.Arrays.stream(people).boxed().toList());
    }

    @BothDatabases
    void aChangeThatChangesNothingOrFailsIsNotRecorded(TestDatabase db) {
        Kith book = book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        var counts = Tables.counts(db.database());
        book.journal().record("looked at Ana", Scope.contacts(ana), () -> book.contacts().get(ana));
        assertThatThrownBy(() -> book.journal().record("failed", Scope.contacts(ana), () -> {
            book.interactions().log(call(ana));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(book.journal().last()).isEmpty();
        assertThat(Tables.counts(db.database())).isEqualTo(counts);
    }

    @BothDatabases
    void aChangeRecordedInsideAnotherIsPartOfIt(TestDatabase db) {
        Kith book = book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        long bo = book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
        var counts = Tables.counts(db.database());
        book.journal().record("outer", Scope.contacts(ana), () -> {
            book.interactions().log(call(ana));
            return book.journal().record("inner", Scope.contacts(bo),
                    () -> book.milestones().add(bo, MilestoneKind.AWARD, TODAY, "medal"));
        });
        assertThat(book.journal().last()).contains("outer");
        assertThat(book.journal().undo()).contains("outer");
        assertThat(Tables.counts(db.database())).isEqualTo(counts);
        assertThat(book.journal().undo()).isEmpty();
    }

    @BothDatabases
    void undoKeepsWhatOtherWritesAddedSince(TestDatabase db) {
        Kith book = book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        Interaction mine = book.journal().record("logged", Scope.contacts(ana), () -> book.interactions().log(call(ana)));
        Interaction synced = book.interactions().log(call(ana));
        assertThat(book.journal().undo()).contains("logged");
        assertThat(book.interactions().withContact(ana, 10)).extracting(Interaction::id).containsExactly(synced.id());
        assertThat(book.interactions().find(mine.id())).isEmpty();
    }

    @BothDatabases
    void theLastFiftyChangesAreKept(TestDatabase db) {
        Kith book = book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        for (int i = 0; i < 53; i++) {
            int n = i;
            book.journal().record("milestone " + n, Scope.contacts(ana),
                    () -> book.milestones().add(ana, MilestoneKind.OTHER, TODAY, "m" + n));
        }
        for (int i = 52; i >= 3; i--) {
            assertThat(book.journal().undo()).contains("milestone " + i);
        }
        assertThat(book.journal().undo()).isEmpty();
        assertThat(book.milestones().ofContact(ana)).extracting(m -> m.text()).containsExactlyInAnyOrder("m0", "m1", "m2");
    }

    @BothDatabases
    void eachBookHasItsOwnJournal(TestDatabase db) {
        Kith mine = book(db);
        Kith other = Kith.open(db.database(), "other", KithClock.fixed(TODAY));
        mine.journal().record("added Ana", Scope.none(), () -> {
            long id = mine.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            mine.journal().created(List.of(id));
            return id;
        });
        assertThat(other.journal().last()).isEmpty();
        assertThat(other.journal().undo()).isEmpty();
        assertThat(mine.journal().undo()).contains("added Ana");
        assertThat(mine.contacts().all()).isEmpty();
    }
}
