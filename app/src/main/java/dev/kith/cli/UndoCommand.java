package dev.kith.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith undo [--dry-run]}: revert the latest change, and say what it was. */
@Command(name = "undo", description = "Undo the latest change (done, log, milestone, tie, edit, merge, import, add,"
        + " archive) and say what it was; run it again to go further back.", mixinStandardHelpOptions = true)
final class UndoCommand extends BookCommand {
    @Option(names = "--dry-run", description = "Only say what would be undone.")
    boolean dryRun;

    @Override
    void execute(Session session) {
        Optional<String> what = dryRun ? session.book().journal().last() : session.book().journal().undo();
        if (session.json()) {
            session.printJson(new Undone(what.orElse(null), !dryRun && what.isPresent()));
        } else if (what.isEmpty()) {
            session.out().println("Nothing to undo.");
        } else {
            session.out().println((dryRun ? "Would undo: " : "Undid: ") + what.get() + ".");
        }
    }

    /** The JSON answer: what was (or would be) undone, null when nothing. */
    record Undone(String what, boolean undone) {
    }
}
