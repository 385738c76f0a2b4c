package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.journal.Scope;
import dev.kith.network.Tie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith tie delete ID}: remove a tie ({@code kith undo} brings it back). */
@Command(name = "delete", description = "Delete a tie ('kith undo' brings it back).", mixinStandardHelpOptions = true)
final class TieDelete extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The tie's id, as 'contacts show' lists it.")
    long id;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Tie was = book.ties().get(id);
        String what = "the tie " + book.contacts().get(was.fromId()).name() + " " + TieWords.phrase(was.kind()) + " "
                + book.contacts().get(was.toId()).name();
        book.journal().record("deleted " + what, Scope.contacts(was.fromId(), was.toId()), () -> book.ties().delete(id));
        if (session.json()) {
            session.printJson(was);
        } else {
            session.out().println("Deleted " + what + " (#" + id + ")");
        }
    }
}
