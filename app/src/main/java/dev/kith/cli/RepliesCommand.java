package dev.kith.cli;

import dev.kith.capture.OwedReply;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kith replies}: every message I owe an answer, oldest first. */
@Command(name = "replies", mixinStandardHelpOptions = true,
        description = "List the messages you owe a reply: captured mail and inbound calls or messages logged by hand.")
final class RepliesCommand extends BookCommand {
    @Override
    void execute(Session session) {
        List<OwedReply> owed = session.book().capture().replies().owed();
        if (session.json()) {
            session.printJson(owed);
            return;
        }
        if (owed.isEmpty()) {
            session.out().println("You owe nobody a reply.");
            return;
        }
        Table table = new Table("SINCE", "FROM", "SOURCE", "SUBJECT");
        for (OwedReply r : owed) {
            String who = r.person().id() != null ? r.person().name() + " (#" + r.person().id() + ")"
                    : r.person().name() != null ? r.person().name() + " <" + r.person().emails().get(0) + ">"
                    : r.person().emails().get(0);
            table.row(r.since(), who, r.source(), r.subject());
        }
        table.print(session.out());
        session.out().println(owed.size() + (owed.size() == 1 ? " reply owed" : " replies owed"));
    }
}
