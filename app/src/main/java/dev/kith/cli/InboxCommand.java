package dev.kith.cli;

import dev.kith.capture.Inbox;
import dev.kith.capture.InboxAddition;
import dev.kith.capture.NewPerson;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.NotFoundException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kith inbox}: people I exchanged mail with both ways who are not in my book. A person is named
 * by their address or by their number in the list ({@code 1} is the first).
 */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "People you wrote with both ways (or met in a meeting) who are not in your book.",
        subcommands = {InboxCommand.Add.class, InboxCommand.Ignore.class})
final class InboxCommand extends BookCommand {
    @Override
    void execute(Session session) {
        List<NewPerson> people = session.book().capture().inbox().list();
        if (session.json()) {
            session.printJson(people);
            return;
        }
        if (people.isEmpty()) {
            session.out().println("Nobody new.");
            return;
        }
        Table table = new Table("ID", "NAME", "EMAIL", "MESSAGES", "FIRST", "LAST", "WHY");
        int n = 1;
        for (NewPerson p : people) {
            table.row(n++, p.name(), p.email(), p.messages(), p.firstSeen(), p.lastSeen(), p.why());
        }
        table.print(session.out());
        session.out().println(people.size() + (people.size() == 1 ? " new person" : " new people")
                + "; add one with 'kith inbox add ID|EMAIL', or 'kith inbox ignore ID|EMAIL'");
    }

    /** The address {@code who} names: an address, or a number in the list as {@code kith inbox} shows it. */
    static String address(Inbox inbox, String who) {
        String w = who.strip();
        if (w.matches("#?\\d{1,6}")) {
            int n = Integer.parseInt(w.replace("#", ""));
            List<NewPerson> people = inbox.list();
            if (n < 1 || n > people.size()) {
                throw new NotFoundException("no person #" + n + " in the inbox (it has " + people.size() + ")");
            }
            return people.get(n - 1).email();
        }
        return w;
    }

    /** {@code kith inbox add ID|EMAIL}: makes them a contact, with the mail already seen as their history. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a new person as a contact, with the mail already captured as their history.")
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "ID|EMAIL", description = "The number in 'kith inbox', or the address.")
        String who;

        @Option(names = "--name", paramLabel = "NAME", description = "Their name (default: the one seen in mail).")
        String name;

        @Option(names = "--circle", paramLabel = "CIRCLE", description = "inner, close, network or acquaintance.")
        Circle circle;

        @Override
        void execute(Session session) {
            Inbox inbox = session.book().capture().inbox();
            String email = address(inbox, who);
            InboxAddition added = session.book().atomically(() -> {
                InboxAddition a = inbox.add(email, name);
                if (circle != null) {
                    session.book().contacts().edit(a.contact().id(), ContactPatch.builder().circle(circle).build());
                    return new InboxAddition(session.book().contacts().get(a.contact().id()), a.interactions());
                }
                return a;
            });
            if (session.json()) {
                session.printJson(added);
            } else {
                session.out().println("Added " + added.contact().name() + " (#" + added.contact().id() + ") with "
                        + added.interactions() + (added.interactions() == 1 ? " interaction" : " interactions")
                        + " from captured mail.");
            }
        }
    }

    /** {@code kith inbox ignore ID|EMAIL}: never suggested again. */
    @Command(name = "ignore", mixinStandardHelpOptions = true, description = "Never suggest this person again.")
    static final class Ignore extends BookCommand {
        @Parameters(index = "0", paramLabel = "ID|EMAIL", description = "The number in 'kith inbox', or the address.")
        String who;

        @Override
        void execute(Session session) {
            Inbox inbox = session.book().capture().inbox();
            String email = address(inbox, who);
            inbox.ignore(email);
            if (session.json()) {
                session.printJson(java.util.Map.of("ignored", email));
            } else {
                session.out().println("Ignored " + email + ": never suggested again.");
            }
        }
    }
}
