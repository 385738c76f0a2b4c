package dev.kith.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.groups.CoMembership;
import dev.kith.groups.GroupKind;
import dev.kith.groups.MemberRole;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/** Co-attendance and co-membership as ties for the network, and how "met" dates and matches people. */
class TiesForTheNetworkTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
    }

    @BothDatabases
    void coAttendanceAndCoMembershipArePairsWithReasons(TestDatabase db) {
        Kith book = book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        long bo = book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
        long cy = book.contacts().add(ContactDraft.builder("Cy Diaz").build()).id();
        Event summit = book.events().add(new NewEvent("CIO Summit 2025", LocalDate.of(2025, 11, 10), null, "CIO Summit",
                null, null));
        book.events().attend(summit.id(), List.of(ana, bo), null, false, false);
        book.events().met(summit.id(), new Capture("Cy Diaz", null, null, null, null));
        assertThat(book.events().coAttendances()).extracting(CoAttendance::firstId, CoAttendance::secondId,
                CoAttendance::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ana, bo, "both at CIO Summit 2025"),
                        org.assertj.core.groups.Tuple.tuple(ana, cy, "both at CIO Summit 2025"),
                        org.assertj.core.groups.Tuple.tuple(bo, cy, "both at CIO Summit 2025"));

        long ala = book.groups().add("ALA", GroupKind.ASSOCIATION).id();
        book.groups().join(ala, ana, MemberRole.CHAIR, LocalDate.of(2020, 1, 1));
        book.groups().join(ala, cy, null, LocalDate.of(2024, 5, 1));
        assertThat(book.groups().coMemberships()).singleElement().satisfies(c -> {
            assertThat(c).isEqualTo(new CoMembership(ana, cy, ala, "ALA", LocalDate.of(2024, 5, 1)));
            assertThat(c.reason()).isEqualTo("co-members of ALA");
        });
    }

    @BothDatabases
    void metIsDatedTodayDuringTheEventTheLastDayAfterItAndRefusedBefore(TestDatabase db) {
        Kith book = book(db);
        Event now = book.events().add(new NewEvent("Now", TODAY.minusDays(1), TODAY.plusDays(1), null, null, null));
        Event past = book.events().add(new NewEvent("Past", TODAY.minusDays(10), TODAY.minusDays(8), null, null, null));
        Event future = book.events().add(new NewEvent("Future", TODAY.plusDays(3), null, null, null, null));
        assertThat(book.events().met(now.id(), new Capture("Ana Lima", null, null, null, null)).encounter().date())
                .isEqualTo(TODAY);
        Met again = book.events().met(past.id(), new Capture("ana lima", null, null, null, null));
        assertThat(again.created()).as("the same name is the same person").isFalse();
        assertThat(again.encounter().date()).isEqualTo(TODAY.minusDays(8));
        assertThatThrownBy(() -> book.events().met(future.id(), new Capture("Bo", null, null, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("starts on " + TODAY.plusDays(3));
        long bo = book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
        Met bob = book.events().met(now.id(), new Capture("Bo Chen", "bo@chen.example", null, null, null));
        assertThat(bob.created()).isFalse();
        assertThat(book.contacts().get(bo).emails()).as("the email typed is kept").containsExactly("bo@chen.example");
        assertThat(book.events().met(now.id(), new Capture("Bo Chen", "other@chen.example", null, null, null)).created())
                .as("same name, another email: someone else").isTrue();
        book.contacts().add(ContactDraft.builder("Ana Lima").build());
        assertThatThrownBy(() -> book.events().met(now.id(), new Capture("Ana Lima", null, null, null, null)))
                .isInstanceOf(AmbiguousNameException.class);
    }
}
