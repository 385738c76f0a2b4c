package dev.kith.cli;

import dev.kith.contacts.Contact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith contacts archive NAME|ID [--undo]}. */
@Command(name = "archive", description = "Archive a contact: kept, but out of lists and suggestions.",
        mixinStandardHelpOptions = true)
final class ContactsArchive extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME|ID", description = "An id, an exact name or a unique prefix.")
    String who;

    @Option(names = "--undo", description = "Bring an archived contact back.")
    boolean undo;

    @Override
    void execute(Session session) {
        Contact c = session.book().contacts().resolve(who);
        session.book().journal().record((undo ? "restored " : "archived ") + c.name(),
                dev.kith.journal.Scope.contacts(c.id()), () -> {
                    session.book().contacts().archive(c.id(), !undo);
                    return null;
                });
        if (session.json()) {
            session.printJson(session.book().contacts().get(c.id()));
        } else {
            session.out().println((undo ? "Restored " : "Archived ") + c.name() + " (#" + c.id() + ")");
        }
    }
}
