package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.groups.Member;
import dev.kith.groups.MemberRole;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith join GROUP NAME [--role R] [--since D]}: a contact is a member of a group. */
@Command(name = "join", description = "Record that a contact is a member of a group.", mixinStandardHelpOptions = true)
final class JoinCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "An id, the name or a unique prefix.")
    String group;

    @Parameters(index = "1", paramLabel = "NAME", description = "The member: a name or id.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "member (default), volunteer, board or chair.")
    MemberRole role;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Member since (default: today).")
    LocalDate since;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Member m = book.atomically(() -> book.groups().join(book.groups().resolve(group).id(),
                book.contacts().resolve(name).id(), role, since));
        if (session.json()) {
            session.printJson(m);
        } else {
            session.out().println(m.name() + " is a " + m.role().code() + " of " + m.group() + " since " + m.since());
        }
    }
}
