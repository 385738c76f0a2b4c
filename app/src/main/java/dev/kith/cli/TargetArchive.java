package dev.kith.cli;

import dev.kith.core.NotFoundException;
import dev.kith.network.Target;
import dev.kith.network.TargetStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith target archive TARGET [--met]}. */
@Command(name = "archive", description = "Stop pursuing a target (kept for the record); --met when you met them.",
        mixinStandardHelpOptions = true)
final class TargetArchive extends BookCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "The target's id, or its person, organization, industry or role.")
    String which;

    @Option(names = "--met", description = "Mark it met rather than archived.")
    boolean met;

    @Override
    void execute(Session session) {
        var targets = session.book().network().targets();
        Target t = targets.lookup(which)
                .orElseThrow(() -> new NotFoundException("no target named '" + which.strip() + "'"));
        Target done = targets.setStatus(t.id(), met ? TargetStatus.MET : TargetStatus.ARCHIVED);
        if (session.json()) {
            session.printJson(done);
        } else {
            session.out().println((met ? "Met: " : "Archived: ") + done.label() + " (#" + done.id() + ")");
        }
    }
}
