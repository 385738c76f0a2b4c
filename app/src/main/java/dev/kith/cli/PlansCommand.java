package dev.kith.cli;

import dev.kith.today.Person;
import dev.kith.today.Plans;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith plans} and {@code kith plans cancel ID}: what is planned (upcoming lunches and meetings). */
@Command(name = "plans", description = "Upcoming planned lunches and meetings; 'plans cancel ID' cancels one.",
        mixinStandardHelpOptions = true, subcommands = PlansCommand.Cancel.class)
final class PlansCommand extends BookCommand {
    @Override
    void execute(Session session) {
        List<Plans.Planned> plans = session.book().plans().list();
        if (session.json()) {
            session.printJson(plans);
            return;
        }
        if (plans.isEmpty()) {
            session.out().println("Nothing planned. Doing a lunch of today's plan ('kith done ID') plans one.");
            return;
        }
        Table table = new Table("ID", "DATE", "KIND", "WITH", "NOTE");
        for (Plans.Planned p : plans) {
            table.row(p.id(), p.date(), p.kind(), names(p), p.note() == null ? "" : p.note());
        }
        table.print(session.out());
        session.out().println(plans.size() + (plans.size() == 1 ? " plan" : " plans")
                + "; cancel one with 'kith plans cancel ID'.");
    }

    private static String names(Plans.Planned p) {
        return String.join(", ", p.people().stream().map(Person::name).toList());
    }

    /** {@code kith plans cancel ID}. */
    @Command(name = "cancel", description = "Cancel a planned lunch or meeting: no follow-up will be proposed for it.",
            mixinStandardHelpOptions = true)
    static final class Cancel extends BookCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The plan's id, as 'kith plans' shows it.")
        long id;

        @Override
        void execute(Session session) {
            Plans.Planned p = session.book().plans().cancel(id);
            if (session.json()) {
                session.printJson(p);
            } else {
                session.out().println("Cancelled the " + p.kind() + " with " + names(p) + " on " + p.date() + ".");
            }
        }
    }
}
