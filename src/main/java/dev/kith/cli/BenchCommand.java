package dev.kith.cli;

import dev.kith.bench.BenchReport;
import dev.kith.bench.Benchmarks;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith bench}: generate (once) a large book and measure the speed targets against baselines. */
@Command(name = "bench", description = "Measure search, listing and today's plan speed on a generated book "
        + "(kept in target/bench, reused on later runs).", mixinStandardHelpOptions = true,
        subcommands = {BenchIntros.class, BenchGiving.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--people", paramLabel = "N", defaultValue = "10000", description = "Contacts to generate (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--interactions", paramLabel = "N", defaultValue = "100000",
            description = "Interactions the book holds at least (default: ${DEFAULT-VALUE}).")
    int interactions;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Timed runs of each command (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--no-process", description = "Skip timing new processes (the launcher is not needed then).")
    boolean noProcess;

    @Override
    public Integer call() {
        KithCommand root = (KithCommand) spec.root().userObject();
        if (root.demo) {
            throw new KithException("bench makes its own book; --demo does not apply");
        }
        LocalDate today = root.today != null ? root.today : LocalDate.of(2026, 11, 24);
        String dbSpec = root.db != null ? root.db : Path.of("target", "bench", "bench-" + people + "-" + interactions + ".db").toString();
        Path launcher = noProcess ? null : launcher();
        try (Database db = Database.open(dbSpec)) {
            Book book = Book.open(db, root.book, KithClock.fixed(today));
            Benchmarks bench = new Benchmarks(book, Json::write);
            double generated = bench.prepare(people, interactions);
            BenchReport report = bench.run(db.dialect().name().toLowerCase(java.util.Locale.ROOT), generated, launcher,
                    dbSpec, today.toString(), runs);
            if (root.json) {
                spec.commandLine().getOut().println(Json.write(report));
            } else {
                spec.commandLine().getOut().print(report.markdown());
            }
            spec.commandLine().getOut().flush();
            return report.rows().stream().allMatch(BenchReport.Row::meetsTarget) ? 0 : 1;
        }
    }

    /** The {@code kith} launcher beside the jar's folder: {@code <root>/target/kith.jar} → {@code <root>/kith}. */
    private static Path launcher() {
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().resolve("kith");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new KithException("cannot find the kith launcher next to the jar; use --no-process");
    }
}
