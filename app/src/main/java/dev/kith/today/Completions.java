package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;

/** What doing an action logs, shared by the kinds. */
final class Completions {
    private Completions() {
    }

    /** Logs today a {@code kind} interaction I started with the action's people; the note, else {@code summary}. */
    static Interaction logMine(Book book, Action action, InteractionKind kind, String summary, String note,
                               Exchange exchange) {
        return book.interactions().log(Interaction.draft(book.clock().today(), kind, Initiator.ME, null,
                note == null || note.isBlank() ? summary : note.strip(), exchange, false,
                action.people().stream().map(Person::id).toList()));
    }
}
