package dev.kith.cli;

import dev.kith.access.AuditLog;
import dev.kith.access.Team;
import dev.kith.store.Database;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith audit}: what happened to the team server's accounts, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the team server's audit log: sign-ins, failed sign-ins, tokens and administrators' actions.")
final class AuditCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = Session.openDatabase(spec)) {
            List<AuditLog.Entry> entries = Team.of(db, Session.clock(spec)).audit().recent(Math.max(1, Math.min(limit, 10_000)));
            var out = spec.commandLine().getOut();
            KithCommand root = (KithCommand) spec.root().userObject();
            if (root.json) {
                Json.write(entries, out);
            } else if (entries.isEmpty()) {
                out.println("The audit log is empty.");
            } else {
                Table table = new Table("WHEN (UTC)", "WHO", "WHAT", "ON", "FROM", "DETAIL");
                for (AuditLog.Entry e : entries) {
                    table.row(WHEN.format(e.at().atZone(ZoneId.of("UTC"))), e.actor(), e.action(), e.subject(),
                            e.address(), e.detail());
                }
                table.print(out);
            }
            out.flush();
            return 0;
        }
    }
}
