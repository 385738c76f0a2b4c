package dev.kith.cli;

import dev.kith.contacts.Contact;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith milestone NAME KIND ...}. */
@Command(name = "milestone", description = "Record something that happened to a contact; 'milestone edit ID' and"
        + " 'milestone delete ID' correct one (ids are shown by 'contacts show').", mixinStandardHelpOptions = true,
        subcommands = {MilestoneEdit.class, MilestoneDelete.class})
final class MilestoneCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Who: a name or id.")
    String who;

    @Parameters(index = "1", paramLabel = "KIND",
            description = "new-job, promotion, award, talk-given, publication, attending-event, moved or other.")
    MilestoneKind kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default: today).")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT", description = "What happened.")
    String note;

    @Override
    void execute(Session session) {
        Contact c = session.book().contacts().resolve(who);
        java.time.LocalDate on = date == null ? session.book().clock().today() : date;
        Milestone m = session.book().journal().record("recorded " + Words.article(kind.code()) + " for " + c.name()
                        + " on " + on, dev.kith.journal.Scope.contacts(c.id()),
                () -> session.book().milestones().add(c.id(), kind, on, note));
        if (session.json()) {
            session.printJson(m);
        } else {
            session.out().println("Recorded " + kind.code() + " for " + c.name() + " on " + m.date() + " (#" + m.id() + ")");
        }
    }
}
