package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.journal.Journal;
import dev.kith.journal.Scope;

/** Records done, snoozed and skipped actions in the book's journal, so that {@code kith undo} reverts them. */
final class Undoable {
    private Undoable() {
    }

    /**
     * Notes, in the caller's transaction, that {@code action} is about to be acted on, in words the undo reads
     * back: {@code verb} ("marked", "snoozed", "skipped"), the action's label, {@code after} ("done" or empty),
     * its people: "marked “Follow up” done for Ana Lima".
     */
    static void note(Book book, String verb, String after, Action action) {
        String names = dev.kith.core.Prose.and(action.people().stream().map(Person::name).toList());
        String what = verb + " “" + ActionLabels.of(action.kind()) + "”" + (after.isEmpty() ? "" : " " + after)
                + (names.isEmpty() ? "" : " for " + names);
        Journal.of(book).note(what, Scope.contacts(action.people().stream().map(Person::id).toList()).andTable("today_actions"));
    }
}
