package dev.kith.cli;

import dev.kith.network.Target;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith target list [--all]}. */
@Command(name = "list", description = "List the targets you are after (open or asked).", mixinStandardHelpOptions = true)
final class TargetList extends BookCommand {
    @Option(names = "--all", description = "Include met and archived targets.")
    boolean all;

    @Override
    void execute(Session session) {
        List<Target> targets = session.book().network().targets().list(all);
        if (session.json()) {
            session.printJson(targets);
            return;
        }
        Table table = new Table("ID", "TARGET", "KIND", "STATUS", "SINCE", "NOTE");
        for (Target t : targets) {
            table.row("#" + t.id(), t.label(), t.kind().code(), t.status().code(), t.createdOn(), t.note());
        }
        table.print(session.out());
        session.out().println(targets.size() + (targets.size() == 1 ? " target" : " targets"));
    }
}
