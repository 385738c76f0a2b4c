package dev.kith.tasks;

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

class TasksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void openTasksDueByADateAreListedSoonestFirstUntilDoneOrCancelled(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        long bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build()).id();
        Task send = book.tasks().add(ana, " send the article ", TODAY, "  ");
        Task lunch = book.tasks().add(bea, "book the lunch", TODAY.minusDays(3), "Thai place");
        Task later = book.tasks().add(ana, "thank-you note", TODAY.plusDays(1), null);

        assertThat(send).isEqualTo(new Task(send.id(), ana, "send the article", TODAY, TaskStatus.OPEN, null));
        assertThat(lunch.note()).isEqualTo("Thai place");
        assertThat(book.tasks().openDueBy(TODAY)).containsExactly(lunch, send);
        assertThat(book.tasks().ofContact(ana)).containsExactly(later, send);

        assertThat(book.tasks().setStatus(lunch.id(), TaskStatus.DONE).status()).isEqualTo(TaskStatus.DONE);
        book.tasks().setStatus(later.id(), TaskStatus.CANCELLED);
        assertThat(book.tasks().openDueBy(TODAY.plusDays(30))).containsExactly(send);

        book.tasks().setStatus(lunch.id(), TaskStatus.OPEN);
        assertThat(book.tasks().openDueBy(TODAY)).extracting(Task::id).containsExactly(lunch.id(), send.id());
    }

    @BothDatabases
    void aTaskNeedsAKindAndAContactOfTheBook(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        assertThatThrownBy(() -> book.tasks().add(ana, " ", TODAY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> book.tasks().add(ana + 100, "call", TODAY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contact"));
        assertThatThrownBy(() -> book.tasks().setStatus(4242, TaskStatus.DONE)).isInstanceOf(NotFoundException.class);
        assertThat(book.tasks().openDueBy(TODAY.plusYears(1))).isEmpty();
    }
}
