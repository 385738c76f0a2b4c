package dev.kith.cli;

import dev.kith.today.Action;
import dev.kith.today.Today;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith skip ID}: hide an action for 30 days. */
@Command(name = "skip", description = "Skip an action of today's plan; it stays hidden for 30 days.",
        mixinStandardHelpOptions = true)
final class SkipCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The action id, as 'kith today' shows it.")
    String id;

    @Override
    void execute(Session session) {
        Action a = session.book().today().skip(id);
        if (session.json()) {
            session.printJson(new SnoozeCommand.Put(TodayCommand.ActionView.of(a), "skipped",
                    session.book().clock().today().plusDays(Today.SKIP_DAYS)));
        } else {
            session.out().println("Skipped " + a.id() + " for " + Today.SKIP_DAYS + " days.");
        }
    }
}
