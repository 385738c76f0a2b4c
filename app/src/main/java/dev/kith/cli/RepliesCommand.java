package dev.kith.cli;

import dev.kith.capture.OwedReply;
import dev.kith.capture.Replies;
import dev.kith.interactions.Interaction;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kith replies}: the messages I owe an answer of the last {@value Interaction#REPLY_DAYS} days (those Today
 * proposes), oldest first, and how many older ones there are; {@code --all} lists those too.
 */
@Command(name = "replies", mixinStandardHelpOptions = true,
        description = "List the messages you owe a reply of the last 30 days (those Today proposes): captured mail and"
                + " inbound calls or messages logged by hand; --all adds the older ones.")
final class RepliesCommand extends BookCommand {
    @Option(names = "--all", description = "Also list the replies owed for more than 30 days.")
    boolean all;

    @Override
    void execute(Session session) {
        Replies replies = session.book().capture().replies();
        List<OwedReply> owed;
        int older = 0;
        if (all) {
            owed = replies.owed();
        } else {
            Replies.Recent recent = replies.recent();
            owed = recent.replies();
            older = recent.older();
        }
        if (session.json()) {
            session.printJson(owed);
            return;
        }
        String olderLine = older == 0 ? "" : older + (older == 1 ? " older reply" : " older replies")
                + " owed for more than " + Interaction.REPLY_DAYS + " days: kith replies --all lists "
                + (older == 1 ? "it" : "them");
        if (owed.isEmpty()) {
            session.out().println(older == 0 ? "You owe nobody a reply."
                    : "You owe no reply from the last " + Interaction.REPLY_DAYS + " days; " + olderLine + ".");
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
        String count = owed.size() + (owed.size() == 1 ? " reply owed" : " replies owed");
        session.out().println(all ? count
                : count + " from the last " + Interaction.REPLY_DAYS + " days" + (older == 0 ? "" : "; " + olderLine));
    }
}
