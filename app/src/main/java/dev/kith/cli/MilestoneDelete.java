package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.journal.Scope;
import dev.kith.milestones.Milestone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith milestone delete ID}: remove a milestone ({@code kith undo} brings it back). */
@Command(name = "delete", description = "Delete a milestone ('kith undo' brings it back).", mixinStandardHelpOptions = true)
final class MilestoneDelete extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The milestone's id, as 'contacts show' lists it.")
    long id;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Milestone was = book.milestones().get(id);
        String what = book.contacts().get(was.contactId()).name() + "'s " + was.kind().code().replace('-', ' ')
                + " of " + was.date();
        book.journal().record("deleted " + what, Scope.contacts(was.contactId()), () -> book.milestones().delete(id));
        if (session.json()) {
            session.printJson(was);
        } else {
            session.out().println("Deleted " + what + " (#" + id + ")");
        }
    }
}
