package dev.kith.bench.cli;

import dev.kith.bench.paths.Baselines;
import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.GraphFiles;
import dev.kith.bench.paths.Kronecker;
import dev.kith.bench.paths.PathBench;
import dev.kith.bench.paths.PathBenchReport;
import dev.kith.bench.paths.PathEngine;
import dev.kith.core.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith bench paths}: shortest-path speed of Kith's graph engine against JGraphT and Neo4j on a public graph. */
@Command(name = "paths", description = "Time the same random path queries on Kith's graph engine (shortest path, "
        + "and the k = 3 best explained paths) and, with --compare, on JGraphT and Neo4j embedded, in interleaved "
        + "rounds; checks every returned path edge by edge. Exit code 0: every answer right and every target met; "
        + "1: a wrong or invalid path; 3: every answer right, a speed target missed.",
        mixinStandardHelpOptions = true)
final class BenchPathsCommand implements Callable<Integer> {
    /** The exit code when every answer was right but a speed target was missed (timing, not correctness). */
    static final int TARGET_MISSED = 3;
    @Spec
    CommandSpec spec;

    @Option(names = "--graph", paramLabel = "FILE", description = "A SNAP edge list, or the LDBC SNB folder or person_knows_person CSV.")
    Path graph;

    @Option(names = "--format", paramLabel = "FORMAT", description = "snap or ldbc (default: ldbc for a folder, else snap).")
    String format;

    @Option(names = "--header", description = "The SNAP file's first line counts edges and nodes (as in ca-grqc): skip it.")
    boolean header;

    @Option(names = "--kronecker", paramLabel = "SCALE", description = "Generate a Graph500 Kronecker graph of 2^SCALE nodes, edge factor 16, fixed seed.")
    Integer kronecker;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000",
            description = "Timed queries, the same on every engine (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
            description = "Warm-up queries on other pairs, the same for every engine (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "2",
            description = "Each engine repeats its warm-up queries until at least S seconds have passed, so every "
                    + "engine's code is fully compiled before timing (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10",
            description = "Interleaved rounds: the queries in N slices, every engine answering each slice in turn "
                    + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--block", paramLabel = "N", defaultValue = "" + PathBench.DEFAULT_BLOCK,
            description = "Besides timing every query on its own, each round times blocks of N consecutive distinct "
                    + "queries (the same blocks for every engine), so the clock's own cost (~20-45 ns) is not charged to "
                    + "every sub-microsecond query; the speed targets are judged per block when N > 1 "
                    + "(default: ${DEFAULT-VALUE}).")
    int block;

    @Option(names = "--max-hops", paramLabel = "N", defaultValue = "4", description = "Longest path asked for (default: ${DEFAULT-VALUE}).")
    int maxHops;

    @Option(names = "--pairs", paramLabel = "KIND", defaultValue = "uniform",
            description = "uniform (both ends random, some beyond the hop bound) or walk (target a random walk of "
                    + "1..max-hops steps away) (default: ${DEFAULT-VALUE}).")
    String pairs;

    @Option(names = "--compare", paramLabel = "ENGINES", split = ",", description = "Baselines, comma-separated: jgrapht (its hop-bounded bidirectional BFS on the compact graph, "
            + "and bidirectional Dijkstra), jgrapht-bfs (one-sided, slow), neo4j (Cypher, and a bidirectional BFS on its core API).")
    List<String> compare;

    @Override
    public Integer call() {
        if ((graph == null) == (kronecker == null)) {
            throw new ValidationException("--graph", "give exactly one of --graph FILE or --kronecker SCALE");
        }
        if (queries < 1 || warmup < 0 || warmupSeconds < 0 || maxHops < 1 || rounds < 1 || rounds > queries) {
            throw new ValidationException("--queries", "queries and max hops must be at least 1, warm-up at least 0, rounds 1..queries");
        }
        if (block < 1) {
            throw new ValidationException("--block", "a block holds at least 1 query");
        }
        if (!pairs.equals("uniform") && !pairs.equals("walk")) {
            throw new ValidationException("--pairs", "use uniform or walk, not \"" + pairs + "\"");
        }
        List<PathEngine> baselines = Baselines.create(compare == null ? null : String.join(",", compare));
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        EdgeList edges = load();
        err.printf(Locale.ROOT, "loaded %s: %,d nodes, %,d edges in %.1f s%n", edges.name(), edges.nodes(), edges.edges(),
                (System.nanoTime() - start) / 1e9);
        err.flush();
        java.io.PrintStream progress = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
            }

            @Override
            public void flush() {
                err.flush();
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8);
        PathBenchReport report = new PathBench(maxHops, warmup, warmupSeconds, rounds, block, Kronecker.SEED, pairs.equals("walk"),
                progress)
                .run(edges, queries, baselines);
        BenchMain root = (BenchMain) spec.root().userObject();
        if (root.json) {
            spec.commandLine().getOut().println(Json.write(report));
        } else {
            spec.commandLine().getOut().print(report.markdown());
        }
        spec.commandLine().getOut().flush();
        if (report.mismatches() != 0 || report.invalid() != 0) {
            return 1;
        }
        return report.meetsTargets() ? 0 : TARGET_MISSED;
    }

    private EdgeList load() {
        if (kronecker != null) {
            return Kronecker.generate(kronecker, 16, Kronecker.SEED);
        }
        if (!Files.exists(graph)) {
            throw new ValidationException("--graph", "no such file: " + graph);
        }
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : Files.isDirectory(graph) ? "ldbc" : "snap";
        return switch (chosen) {
            case "snap" -> GraphFiles.snap(graph, header);
            case "ldbc" -> GraphFiles.ldbc(graph);
            default -> throw new ValidationException("--format", "use snap or ldbc, not \"" + format + "\"");
        };
    }
}
