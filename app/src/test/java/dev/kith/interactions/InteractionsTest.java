package dev.kith.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
    }

    private static long person(Kith book, String name) {
        return book.contacts().add(ContactDraft.builder(name).build()).id();
    }

    private static Interaction inbound(LocalDate date, InteractionKind kind, long... people) {
        return Interaction.draft(date, kind, Initiator.THEM, null, "question", Exchange.ASKED, true,
                java.util.Arrays.stream(people).boxed().toList());
    }

    @BothDatabases
    void anInteractionWithSeveralPeopleIsStoredWhole(TestDatabase db) {
        Kith book = book(db);
        long ana = person(book, "Ana Lima");
        long bea = person(book, "Bea Ortiz");
        Interaction logged = book.interactions().log(Interaction.draft(TODAY.minusDays(1), InteractionKind.LUNCH,
                Initiator.ME, 75, "  Planned the panel ", Exchange.GAVE, false, List.of(bea, ana, bea)));

        assertThat(logged.id()).isPositive();
        assertThat(logged.people()).containsExactlyInAnyOrder(ana, bea);
        assertThat(logged).isEqualTo(book.interactions().get(logged.id()));
        assertThat(logged.date()).isEqualTo(TODAY.minusDays(1));
        assertThat(logged.kind()).isEqualTo(InteractionKind.LUNCH);
        assertThat(logged.initiator()).isEqualTo(Initiator.ME);
        assertThat(logged.minutes()).isEqualTo(75);
        assertThat(logged.summary()).isEqualTo("Planned the panel");
        assertThat(logged.exchange()).isEqualTo(Exchange.GAVE);
        assertThat(logged.awaitingReply()).isFalse();
        assertThat(book.interactions().withContact(ana, 10)).containsExactly(logged);
        assertThat(book.interactions().withContact(bea, 10)).containsExactly(logged);
    }

    @Test
    void onlyAnInboundCallEmailOrMessageCanAwaitAReply() {
        for (InteractionKind kind : List.of(InteractionKind.CALL, InteractionKind.EMAIL, InteractionKind.MESSAGE)) {
            assertThat(inbound(TODAY, kind, 1).awaitingReply()).isTrue();
            assertThatThrownBy(() -> Interaction.draft(TODAY, kind, Initiator.ME, null, null, null, true, List.of(1L)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("awaiting-reply"));
        }
        for (InteractionKind kind : List.of(InteractionKind.LUNCH, InteractionKind.MEETING, InteractionKind.NOTE,
                InteractionKind.EVENT_ENCOUNTER)) {
            assertThatThrownBy(() -> inbound(TODAY, kind, 1))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("awaiting-reply"))
                    .hasMessageContaining(kind.code());
        }
    }

    @Test
    void aDraftNeedsPeopleAndSaneMinutes() {
        assertThatThrownBy(() -> Interaction.draft(TODAY, InteractionKind.CALL, Initiator.ME, null, null, null, false,
                List.of())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("people"));
        assertThatThrownBy(() -> Interaction.draft(TODAY, InteractionKind.CALL, Initiator.ME, -1, null, null, false,
                List.of(1L))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> Interaction.draft(TODAY, InteractionKind.CALL, Initiator.ME, 1441, null, null, false,
                List.of(1L))).isInstanceOf(ValidationException.class);
    }

    @BothDatabases
    void repliesOwedAreListedOldestFirstUntilMarkedReplied(TestDatabase db) {
        Kith book = book(db);
        long ana = person(book, "Ana Lima");
        long bea = person(book, "Bea Ortiz");
        Interaction middle = book.interactions().log(inbound(TODAY.minusDays(3), InteractionKind.EMAIL, ana));
        Interaction newest = book.interactions().log(inbound(TODAY.minusDays(1), InteractionKind.CALL, bea));
        Interaction oldest = book.interactions().log(inbound(TODAY.minusDays(9), InteractionKind.MESSAGE, ana, bea));
        book.interactions().log(Interaction.draft(TODAY.minusDays(20), InteractionKind.EMAIL, Initiator.THEM, null,
                null, null, false, List.of(ana)));

        assertThat(book.interactions().awaitingReply()).extracting(Interaction::id)
                .containsExactly(oldest.id(), middle.id(), newest.id());

        book.interactions().markReplied(middle.id());
        assertThat(book.interactions().awaitingReply()).extracting(Interaction::id).containsExactly(oldest.id(), newest.id());
        assertThat(book.interactions().get(middle.id()).awaitingReply()).isFalse();
        assertThatThrownBy(() -> book.interactions().markReplied(999_999)).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void withContactIsNewestFirstAndLimited(TestDatabase db) {
        Kith book = book(db);
        long ana = person(book, "Ana Lima");
        long bea = person(book, "Bea Ortiz");
        Interaction a = log(book, TODAY.minusDays(30), ana);
        Interaction b = log(book, TODAY.minusDays(2), ana, bea);
        Interaction c = log(book, TODAY.minusDays(10), ana);
        Interaction d = log(book, TODAY.minusDays(2), ana);
        log(book, TODAY.minusDays(1), bea);

        assertThat(book.interactions().withContact(ana, 10)).extracting(Interaction::id)
                .containsExactly(d.id(), b.id(), c.id(), a.id());
        assertThat(book.interactions().withContact(ana, 2)).extracting(Interaction::id).containsExactly(d.id(), b.id());
        assertThat(book.interactions().between(TODAY.minusDays(10), TODAY.minusDays(2))).extracting(Interaction::id)
                .containsExactly(d.id(), b.id(), c.id());
    }

    @BothDatabases
    void unknownContactIdsAreRejectedAndNothingIsStored(TestDatabase db) {
        Kith book = book(db);
        long ana = person(book, "Ana Lima");
        Map<String, Integer> before = Tables.counts(db.database());
        assertThatThrownBy(() -> log(book, TODAY, ana, ana + 4242))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("people"));
        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThatThrownBy(() -> book.interactions().get(12345)).isInstanceOf(NotFoundException.class);
    }

    private static Interaction log(Kith book, LocalDate date, long... people) {
        return book.interactions().log(Interaction.draft(date, InteractionKind.COFFEE, Initiator.ME, 30, null,
                Exchange.NEUTRAL, false, java.util.Arrays.stream(people).boxed().toList()));
    }
}
