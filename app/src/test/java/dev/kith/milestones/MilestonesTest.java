package dev.kith.milestones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;

class MilestonesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void milestonesAreAddedListedNewestFirstAndAcknowledged(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        long bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build()).id();

        Milestone award = book.milestones().add(ana, MilestoneKind.AWARD, TODAY.minusDays(20), " Librarian of the year ");
        Milestone job = book.milestones().add(ana, MilestoneKind.NEW_JOB, TODAY.minusDays(2), "");
        Milestone talk = book.milestones().add(bea, MilestoneKind.TALK_GIVEN, TODAY.minusDays(5), "Keynote");

        assertThat(award).isEqualTo(new Milestone(award.id(), ana, MilestoneKind.AWARD, TODAY.minusDays(20),
                "Librarian of the year", false));
        assertThat(job.text()).isNull();
        assertThat(book.milestones().ofContact(ana)).containsExactly(job, award);
        assertThat(book.milestones().between(TODAY.minusDays(5), TODAY)).containsExactly(job, talk);

        book.milestones().acknowledge(award.id());
        assertThat(book.milestones().get(award.id()).acknowledged()).isTrue();
        assertThat(book.milestones().get(job.id()).acknowledged()).isFalse();
    }

    @BothDatabases
    void aMilestoneOfAnUnknownContactIsRejected(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        assertThatThrownBy(() -> book.milestones().add(77, MilestoneKind.MOVED, TODAY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contact"));
        assertThatThrownBy(() -> book.milestones().acknowledge(77)).isInstanceOf(NotFoundException.class);
        assertThat(book.milestones().between(TODAY.minusYears(5), TODAY)).isEmpty();
    }
}
