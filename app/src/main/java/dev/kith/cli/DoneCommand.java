package dev.kith.cli;

import dev.kith.today.Action;
import dev.kith.today.Person;
import dev.kith.today.Today;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith done ID [--note TEXT]}: do an action of today's plan and log it. */
@Command(name = "done", description = "Mark an action of today's plan done and log the matching interaction.",
        mixinStandardHelpOptions = true)
final class DoneCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The action id, as 'kith today' shows it.")
    String id;

    @Option(names = "--note", paramLabel = "TEXT", description = "What you sent or agreed (logged as the summary).")
    String note;

    @Override
    void execute(Session session) {
        Today today = session.book().today();
        Action done = today.done(id, note);
        int streak = today.streak();
        if (session.json()) {
            session.printJson(new Done(TodayCommand.ActionView.of(done), "done", streak));
        } else {
            session.out().println("Done: " + done.kind() + " with " + String.join(", ",
                    done.people().stream().map(Person::name).toList()) + ". Streak: " + streak
                    + (streak == 1 ? " day." : " days."));
        }
    }

    /** The JSON answer, its fields in this order. */
    record Done(TodayCommand.ActionView action, String status, int streak) {
    }
}
