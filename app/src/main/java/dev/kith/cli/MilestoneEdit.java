package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.journal.Scope;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith milestone edit ID [--kind K] [--date D] [--note T]}: correct a milestone. */
@Command(name = "edit", description = "Correct a milestone: its kind, date or note.", mixinStandardHelpOptions = true)
final class MilestoneEdit extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The milestone's id, as 'contacts show' lists it.")
    long id;

    @Option(names = "--kind", paramLabel = "KIND", description = "new-job, promotion, award, talk-given, ...")
    MilestoneKind kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened.")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT", description = "What happened (an empty text clears it).")
    String note;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Milestone was = book.milestones().get(id);
        if (kind == null && date == null && note == null) {
            throw new dev.kith.core.ValidationException("ID", "nothing to change: give at least one option, see --help");
        }
        String name = book.contacts().get(was.contactId()).name();
        Milestone m = book.journal().record("edited " + name + "'s " + was.kind().code().replace('-', ' ') + " of "
                        + was.date(), Scope.contacts(was.contactId()),
                () -> book.milestones().edit(id, kind == null ? was.kind() : kind, date == null ? was.date() : date,
                        note == null ? was.text() : note));
        if (session.json()) {
            session.printJson(m);
        } else {
            session.out().println("Updated " + m.kind().code() + " for " + name + " on " + m.date() + " (#" + m.id() + ")");
        }
    }
}
