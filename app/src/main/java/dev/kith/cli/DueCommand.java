package dev.kith.cli;

import dev.kith.today.Due;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kith due}: everyone past their keep-in-touch cadence, most overdue first. */
@Command(name = "due", description = "Everyone past their keep-in-touch cadence, most overdue first.",
        mixinStandardHelpOptions = true)
final class DueCommand extends BookCommand {
    @Override
    void execute(Session session) {
        List<Due> due = session.book().today().due();
        if (session.json()) {
            session.printJson(due);
            return;
        }
        if (due.isEmpty()) {
            session.out().println("Nobody is overdue.");
            return;
        }
        Table table = new Table("ID", "NAME", "CIRCLE", "EVERY", "LAST", "OVERDUE");
        for (Due d : due) {
            table.row(d.person().id(), d.person().name(), d.circle().code(), Plural.of(d.cadenceDays(), "day"),
                    d.lastContact() == null ? "never" : d.lastContact(), Plural.of(d.daysOverdue(), "day"));
        }
        table.print(session.out());
        session.out().println(due.size() + (due.size() == 1 ? " person" : " people") + " overdue");
    }
}
