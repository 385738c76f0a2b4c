package dev.kith.cli;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith contacts list}. */
@Command(name = "list", description = "List contacts, by name.", mixinStandardHelpOptions = true)
final class ContactsList extends BookCommand {
    @Option(names = "--tag", paramLabel = "T", description = "Only contacts with this tag.")
    String tag;

    @Option(names = "--circle", paramLabel = "C", description = "Only contacts in this circle.")
    Circle circle;

    @Option(names = "--archived", description = "Include archived contacts.")
    boolean archived;

    @Override
    void execute(Session session) {
        List<ContactSummary> contacts = session.book().contacts().list(new ContactFilter(tag, circle, archived));
        if (session.json()) {
            session.printJson(contacts);
            return;
        }
        Table table = new Table("ID", "NAME", "ORGANIZATION", "TITLE", "CIRCLE", "LAST CONTACT");
        for (ContactSummary c : contacts) {
            table.row("#" + c.id(), c.name() + (c.archived() ? " (archived)" : "") + (c.doNotContact() ? " (do not contact)" : ""),
                    c.organization(), c.title(), c.circle().code(),
                    c.lastInteraction() == null ? "never" : c.lastInteraction().toString());
        }
        table.print(session.out());
        session.out().println(contacts.size() + (contacts.size() == 1 ? " contact" : " contacts"));
    }
}
