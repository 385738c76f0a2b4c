package dev.kith.bench.cli;

import dev.kith.bench.BenchReport;
import dev.kith.bench.Benchmarks;
import dev.kith.bench.ImportBench;
import dev.kith.bench.WebBench;
import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith bench}: generate (once) a large book and measure the speed targets against baselines. */
@Command(name = "bench", description = "Measure search, listing and today's plan speed on a generated book "
        + "(kept in target/bench, reused on later runs).", mixinStandardHelpOptions = true,
        subcommands = {BenchPathsCommand.class, BenchIntros.class, BenchGiving.class, BenchCaptureCommand.class, BenchImapCommand.class,
                BenchTeam.class, BenchCardDavCommand.class})
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

    @Option(names = "--web", description = "Measure the web app instead: kith serve's first answer, memory, and "
            + "latency under a constant request rate in interleaved rounds: GET / read-only, GET / with 1 request "
            + "in 10 logging an interaction, and GET /api/v1/contacts?q=. A book file is served from a copy.")
    boolean web;

    @Option(names = "--imports", description = "Measure imports instead: a generated 30,000-row LinkedIn export and "
            + "10,000 vCards (kept in target/bench/imports, reused on later runs), each imported into a fresh book "
            + "in-process and as a new kith process (--runs times).")
    boolean imports;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200", description = "With --web: requests per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "15",
            description = "With --web: seconds of load per endpoint, after as long a warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "With --web: interleaved rounds of the read-only, mixed and search loads (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
        BenchMain root = (BenchMain) spec.root().userObject();
        if (root.demo) {
            throw new KithException("bench makes its own book; --demo does not apply");
        }
        LocalDate today = root.today != null ? root.today : LocalDate.of(2026, 11, 24);
        String dbSpec = root.db != null ? root.db : Path.of("target", "bench", "bench-" + people + "-" + interactions + "-v2.db").toString();
        Path launcher = noProcess ? null : launcher();
        if (imports) {
            return imports(launcher);
        }
        try (Database db = Database.open(dbSpec)) {
            Kith book = Kith.open(db, root.book, KithClock.fixed(today));
            Benchmarks bench = new Benchmarks(book, Json::write);
            double generated = bench.prepare(people, interactions);
            if (web) {
                if (launcher == null) {
                    throw new KithException("--web starts kith serve processes; drop --no-process");
                }
                // the mixed load writes: serve a copy of a book file, so the benchmark book stays as generated
                String served = servedCopy(dbSpec);
                List<Long> people = book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE).stream()
                        .filter(c -> !c.doNotContact()).map(dev.kith.contacts.ContactSummary::id)
                        .filter(id -> !book.me().map(id::equals).orElse(false)).limit(500).toList();
                WebBench.Report report = new WebBench(launcher, served, today.toString()).run(runs, rate, seconds,
                        rounds, people);
                spec.commandLine().getOut().println(root.json ? Json.write(report) : report.markdown());
                spec.commandLine().getOut().flush();
                return 0;
            }
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

    /**
     * A copy of the SQLite book file {@code dbSpec} (and its write-ahead log) next to it, for a load that
     * writes; any other database spec as it is (its writes stay in it).
     */
    private static String servedCopy(String dbSpec) {
        Path file = Path.of(dbSpec);
        if (dbSpec.startsWith("jdbc:") || !Files.isRegularFile(file)) {
            return dbSpec;
        }
        Path copy = file.resolveSibling("web-" + file.getFileName());
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path from = Path.of(dbSpec + suffix);
                Path to = Path.of(copy + suffix);
                Files.deleteIfExists(to);
                if (Files.exists(from)) {
                    Files.copy(from, to);
                }
            }
        } catch (java.io.IOException e) {
            throw new KithException("cannot copy " + dbSpec + " for the web load: " + e.getMessage(), e);
        }
        return copy.toString();
    }

    /** Times the two import targets in-process and end to end, as a Markdown table. */
    private int imports(Path launcher) {
        Path folder = Path.of("target", "bench", "imports");
        Path[] files = ImportBench.files(folder);
        var out = spec.commandLine().getOut();
        out.println("| Import | In-process median ms (runs) | New process median ms, min–max (runs) | Target |");
        out.println("|---|---|---|---|");
        dev.kith.io.ImportFormat[] formats = {dev.kith.io.ImportFormat.LINKEDIN, dev.kith.io.ImportFormat.VCARD};
        String[] labels = {"LinkedIn, 30,000 rows", "vCard, 10,000 cards"};
        boolean met = true;
        for (int f = 0; f < 2; f++) {
            double[] inProcess = new double[runs];
            Path inProcessDb = folder.resolve("in-process").resolve(formats[f].name().toLowerCase(java.util.Locale.ROOT)
                    + ".db");
            for (int i = 0; i < runs; i++) {
                cleanDatabases(folder.resolve("in-process"));
                inProcess[i] = ImportBench.time(inProcessDb, formats[f], files[f]).toNanos() / 1e6;
            }
            cleanDatabases(folder.resolve("in-process"));
            java.util.Arrays.sort(inProcess);
            String process = "–";
            if (launcher != null) {
                double[] wall = ImportBench.timeProcesses(launcher, folder, formats[f], files[f], runs);
                java.util.Arrays.sort(wall);
                process = String.format("%.0f, %.0f–%.0f (%d)", wall[wall.length / 2], wall[0], wall[wall.length - 1], runs);
                met &= wall[wall.length / 2] <= 3000;
            }
            out.printf("| %s | %.0f (%d) | %s | ≤ 3000 ms end to end |%n", labels[f], inProcess[inProcess.length / 2],
                    runs, process);
        }
        out.flush();
        return met ? 0 : 1;
    }

    private static void cleanDatabases(Path folder) {
        try (var files = Files.list(Files.createDirectories(folder))) {
            for (Path p : files.filter(p -> p.getFileName().toString().contains(".db")).toList()) {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new KithException("cannot clean " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The {@code kith} launcher: the one that started this process (it passes {@code -Dkith.launcher}), or
     * the first {@code kith} found in the folders above this jar ({@code <root>/bench/target/kith-bench.jar}).
     */
    static Path launcher() {
        String given = System.getProperty("kith.launcher");
        if (given != null && Files.isExecutable(Path.of(given))) {
            return Path.of(given);
        }
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = jar.getParent(); folder != null; folder = folder.getParent()) {
                Path candidate = folder.resolve("kith");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new KithException("cannot find the kith launcher above the jar; use --no-process");
    }
}
