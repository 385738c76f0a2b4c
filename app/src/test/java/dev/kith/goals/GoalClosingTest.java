package dev.kith.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/** A goal closed as achieved or dropped stops shaping Today, keeps its report, survives a backup's rows, and can be reopened. */
class GoalClosingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @BothDatabases
    void aClosedGoalNoLongerMakesAnyoneRelevantAndReopeningBringsItBack(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").interest("fundraising").build()).id();
        long ben = book.contacts().add(ContactDraft.builder("Ben Okafor").build()).id();
        Goal goal = book.goals().add("Raise a seed round", List.of("fundraising"), null);
        book.goals().linkContacts(goal.id(), List.of(ben));
        assertThat(GoalRelevance.load(book.goals(), TODAY).goalOf(ana)).isEqualTo("Raise a seed round");
        assertThat(GoalRelevance.load(book.goals(), TODAY).goalOf(ben)).isEqualTo("Raise a seed round");

        Goal closed = book.goals().close(goal.id(), GoalClosing.ACHIEVED, "  Closed the round with Ana's help ");

        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedOn()).isEqualTo(TODAY);
        assertThat(closed.closedAs()).isEqualTo(GoalClosing.ACHIEVED);
        assertThat(closed.closedNote()).isEqualTo("Closed the round with Ana's help");
        assertThat(closed.active(TODAY)).isFalse();
        assertThat(GoalRelevance.load(book.goals(), TODAY).goalOf(ana)).isNull();
        assertThat(GoalRelevance.load(book.goals(), TODAY).goalOf(ben)).isNull();
        assertThat(book.goals().report(goal.id()).active()).isFalse();
        assertThat(book.goals().list()).singleElement().satisfies(g -> assertThat(g.closed()).isTrue());
        assertThatThrownBy(() -> book.goals().close(goal.id(), GoalClosing.DROPPED, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already closed on 2026-11-15");

        Goal reopened = book.goals().reopen(goal.id());
        assertThat(reopened.closed()).isFalse();
        assertThat(reopened.closedAs()).isNull();
        assertThat(reopened.closedNote()).isNull();
        assertThat(GoalRelevance.load(book.goals(), TODAY).goalOf(ana)).isEqualTo("Raise a seed round");
    }

    @BothDatabases
    void aDroppedGoalKeepsItsClosingInTheRowsABackupReadsAndWrites(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Goal goal = book.goals().add("Speak at a conference", List.of(), LocalDate.of(2027, 3, 1));
        book.goals().close(goal.id(), GoalClosing.DROPPED, null);
        GoalRows rows = new GoalRows(book.database(), book.id());
        GoalRows.Row row = rows.all().getFirst();
        assertThat(row.closedOn()).isEqualTo(TODAY);
        assertThat(row.closedAs()).isEqualTo("dropped");
        assertThat(row.closedNote()).isNull();

        long copy = rows.insert(new GoalRows.Row(0, "Speak at a conference (copy)", List.of(), null, TODAY,
                TODAY.minusDays(3), "achieved", "done"));
        Goal restored = book.goals().get(copy);
        assertThat(restored.closedAs()).isEqualTo(GoalClosing.ACHIEVED);
        assertThat(restored.closedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(restored.closedNote()).isEqualTo("done");
    }
}
