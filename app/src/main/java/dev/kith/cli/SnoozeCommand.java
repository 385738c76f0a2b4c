package dev.kith.cli;

import dev.kith.today.Action;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith snooze ID --until D}: hide an action until a later day. */
@Command(name = "snooze", description = "Hide an action of today's plan until a later date.",
        mixinStandardHelpOptions = true)
final class SnoozeCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The action id, as 'kith today' shows it.")
    String id;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", required = true,
            description = "The day it comes back; must be after today.")
    LocalDate until;

    @Override
    void execute(Session session) {
        Action a = session.book().today().snooze(id, until);
        if (session.json()) {
            session.printJson(new Put(TodayCommand.ActionView.of(a), "snoozed", until));
        } else {
            session.out().println("Snoozed " + a.id() + " until " + until + ".");
        }
    }

    /** The JSON answer of a snooze or a skip, its fields in this order. */
    record Put(TodayCommand.ActionView action, String status, LocalDate until) {
    }
}
