package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.interactions.Interaction;
import dev.kith.journal.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith log delete ID}: remove a logged interaction ({@code kith undo} brings it back). */
@Command(name = "delete", description = "Delete a logged interaction ('kith undo' brings it back).",
        mixinStandardHelpOptions = true)
final class LogDelete extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The interaction's id, as 'contacts show' lists it.")
    long id;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Interaction was = book.interactions().get(id);
        String what = was.kind().code().replace('-', ' ') + " with " + LogEdit.names(book, was.people()) + " on "
                + was.date();
        book.journal().record("deleted the " + what, Scope.contacts(was.people()), () -> book.interactions().delete(id));
        if (session.json()) {
            session.printJson(was);
        } else {
            session.out().println("Deleted the " + what + " (#" + id + ")");
        }
    }
}
