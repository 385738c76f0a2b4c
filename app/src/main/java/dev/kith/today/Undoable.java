package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.journal.Journal;
import dev.kith.journal.Scope;

/** Records done, snoozed and skipped actions in the book's journal, so that {@code kith undo} reverts them. */
final class Undoable {
    private Undoable() {
    }

    /** Notes, in the caller's transaction, that {@code action} is about to be acted on: {@code what} with its people. */
    static void note(Book book, String what, Action action) {
        String names = String.join(", ", action.people().stream().map(Person::name).toList());
        Journal.of(book).note(names.isEmpty() ? what : what + " with " + names,
                Scope.contacts(action.people().stream().map(Person::id).toList()).andTable("today_actions"));
    }
}
