package dev.kith.cli;

import dev.kith.book.Book;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.today.Today;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Hidden: the representative run the launcher trains its start-up cache on (JDK 25 AOT cache) — the
 * contact list, a contact, search and Today, each written as JSON to nowhere. Use with {@code --demo}.
 */
@Command(name = "train-start-up-cache", hidden = true, description = "Exercise the common paths once (for the launcher).")
final class TrainCommand extends BookCommand {
    @Override
    void execute(Session session) {
        Book book = session.book();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        List<ContactSummary> all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        Json.write(all, nowhere);
        if (!all.isEmpty()) {
            Json.write(ContactView.of(book, book.contacts().get(all.get(0).id())), nowhere);
            Json.write(book.search().search(all.get(0).name(), 20), nowhere);
        }
        Json.write(new Today(book).plan(Today.DEFAULT_SIZE), nowhere);
        Json.write(new Today(book).due(), nowhere);
    }
}
