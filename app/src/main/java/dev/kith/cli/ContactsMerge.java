package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith contacts merge A B}: join duplicate B into A ({@code kith undo} separates them again). */
@Command(name = "merge", description = "Join a duplicate into a contact: B's interactions, milestones, ties, jobs,"
        + " emails, phones, tags, groups, events, goals, targets and introductions move to A, B's fields fill A's"
        + " empty ones, and B is archived. 'kith undo' separates them again.", mixinStandardHelpOptions = true)
final class ContactsMerge extends BookCommand {
    @Parameters(index = "0", paramLabel = "A", description = "The contact to keep: an id or an exact name.")
    String kept;

    @Parameters(index = "1", paramLabel = "B", description = "The duplicate to merge into A: an id or an exact name.")
    String gone;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Contact a = book.contacts().resolve(kept);
        Contact b = book.contacts().resolve(gone);
        Contact merged = book.mergeContacts(a.id(), b.id());
        if (session.json()) {
            session.printJson(merged);
        } else {
            session.out().println("Merged " + b.name() + " (#" + b.id() + ") into " + merged.name() + " (#"
                    + merged.id() + "); #" + b.id() + " is archived. 'kith undo' separates them again.");
        }
    }
}
