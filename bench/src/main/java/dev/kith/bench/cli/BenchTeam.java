package dev.kith.bench.cli;

import dev.kith.bench.team.TeamBench;
import dev.kith.core.KithException;
import dev.kith.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kith bench team}: warm-path queries through colleagues on a generated team server, all users sharing
 * their graph; the target is p99 ≤ {@value TeamBench#TARGET_P99_MS} ms (see {@link TeamBench}).
 */
@Command(name = "team", mixinStandardHelpOptions = true, description = "Warm-path queries through colleagues on a"
        + " generated team (kept in target/bench, reused on later runs; --db for another file or PostgreSQL).")
final class BenchTeam implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "200", description = "Users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "2000",
            description = "Contacts in each user's book (default: ${DEFAULT-VALUE}).")
    int contacts;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000",
            description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "1000",
            description = "Untimed queries first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        BenchMain root = (BenchMain) spec.root().userObject();
        if (root.demo) {
            throw new KithException("bench team makes its own team; --demo does not apply");
        }
        if (users < 2 || contacts < 1 || queries < 1 || warmUp < 0) {
            throw new dev.kith.core.ValidationException("users", "needs at least 2 users, 1 contact each and 1 query");
        }
        LocalDate today = root.today != null ? root.today : LocalDate.of(2026, 11, 24);
        String dbSpec = root.db != null ? root.db
                : Path.of("target", "bench", "team-" + users + "-" + contacts + "-" + seed + ".db").toString();
        try (Database db = Database.open(dbSpec)) {
            TeamBench.Report report = TeamBench.run(db, users, contacts, warmUp, queries, seed, today);
            PrintWriter out = spec.commandLine().getOut();
            out.print(root.json ? Json.write(report) + "\n" : report.markdown());
            out.flush();
            return report.meetsTarget() ? 0 : 1;
        }
    }
}
