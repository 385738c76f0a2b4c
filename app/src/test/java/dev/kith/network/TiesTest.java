package dev.kith.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.AlreadyRecordedException;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;

class TiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private record People(Ties ties, long ana, long bea, long carl) {
    }

    private static People people(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        return new People(book.ties(), book.contacts().add(ContactDraft.builder("Ana Lima").build()).id(),
                book.contacts().add(ContactDraft.builder("Bea Ortiz").build()).id(),
                book.contacts().add(ContactDraft.builder("Carl Diaz").build()).id());
    }

    @BothDatabases
    void tiesAreStoredAndListedPerContact(TestDatabase db) {
        People p = people(db);
        Tie knows = p.ties().add(p.ana(), p.bea(), TieKind.KNOWS, LocalDate.of(2020, 5, 1), null);
        Tie mentor = p.ties().add(p.carl(), p.ana(), TieKind.MENTOR, null, TieSource.IMPORTED);

        assertThat(knows.source()).isEqualTo(TieSource.MANUAL);
        assertThat(p.ties().all()).containsExactly(knows, mentor);
        assertThat(p.ties().ofContact(p.ana())).containsExactly(knows, mentor);
        assertThat(p.ties().ofContact(p.bea())).containsExactly(knows);
        assertThat(knows.other(p.bea())).isEqualTo(p.ana());
        assertThat(mentor.since()).isNull();
    }

    @BothDatabases
    void aSymmetricTieIsADuplicateInEitherDirection(TestDatabase db) {
        People p = people(db);
        for (TieKind kind : new TieKind[] {TieKind.KNOWS, TieKind.COLLEAGUE, TieKind.FAMILY}) {
            p.ties().add(p.ana(), p.bea(), kind, null, null);
            assertThatThrownBy(() -> p.ties().add(p.ana(), p.bea(), kind, null, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
            assertThatThrownBy(() -> p.ties().add(p.bea(), p.ana(), kind, null, null))
                    .isInstanceOf(AlreadyRecordedException.class)
                    .hasMessage("kind: this " + kind.code() + " tie is already recorded");
        }
        assertThat(p.ties().all()).hasSize(3);
    }

    @BothDatabases
    void aDirectedTieMayRunBothWaysButNotTwice(TestDatabase db) {
        People p = people(db);
        p.ties().add(p.ana(), p.bea(), TieKind.MENTOR, null, null);
        p.ties().add(p.bea(), p.ana(), TieKind.MENTOR, null, null);
        assertThatThrownBy(() -> p.ties().add(p.ana(), p.bea(), TieKind.MENTOR, null, null))
                .isInstanceOf(ValidationException.class);
        assertThat(p.ties().all()).hasSize(2);
    }

    @BothDatabases
    void aTieToOneselfOrToAnUnknownContactIsRejected(TestDatabase db) {
        People p = people(db);
        assertThatThrownBy(() -> p.ties().add(p.ana(), p.ana(), TieKind.KNOWS, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("people"));
        assertThatThrownBy(() -> p.ties().add(p.ana(), p.carl() + 999, TieKind.KNOWS, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("people"));
        assertThat(p.ties().all()).isEmpty();
    }
}
