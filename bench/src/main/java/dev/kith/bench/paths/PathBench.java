package dev.kith.bench.paths;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the same random shortest-path queries on Kith's engine and on each baseline, one engine at a
 * time in this JVM: load, warm up on other pairs, then time every query on its own. Each baseline's
 * hop counts are checked against Kith's; a disagreement counts once per query.
 */
public final class PathBench {
    private final int maxHops;
    private final int warmup;
    private final int baselineWarmup;
    private final long seed;
    private final PrintStream progress;
    private final boolean walk;

    /**
     * A bench drawing uniform pairs ({@code walk} false) or random-walk pairs of at most {@code maxHops}, warming
     * Kith up with {@code warmup} queries and each baseline with {@code baselineWarmup}.
     */
    public PathBench(int maxHops, int warmup, int baselineWarmup, long seed, boolean walk, PrintStream progress) {
        this.baselineWarmup = baselineWarmup;
        this.walk = walk;
        this.maxHops = maxHops;
        this.warmup = warmup;
        this.seed = seed;
        this.progress = progress;
    }

    /** Measures {@code graph} with {@code queries} queries on Kith and the first {@code baselineQueries} on each baseline. */
    public PathBenchReport run(EdgeList graph, int queries, int baselineQueries, List<PathEngine> baselines) {
        Map<String, PathBenchReport.Engine> results = new LinkedHashMap<>();
        KithEngine kith = new KithEngine();
        long start = System.nanoTime();
        kith.load(graph);
        double kithLoad = seconds(start);
        Queries.Kind kind = walk ? Queries.Kind.WALK : Queries.Kind.UNIFORM;
        Queries pairs = Queries.generate(kith.graph(), queries, maxHops, seed, kind);
        Queries warm = Queries.generate(kith.graph(), Math.max(warmup, 1), maxHops, seed + 1, kind);
        int[] expected = new int[queries];
        results.put("kith", measure(kith, pairs, queries, warm, warmup, expected, kithLoad, graph.edges()));
        boolean[] mismatched = new boolean[queries];
        int compared = Math.min(queries, baselineQueries);
        for (PathEngine engine : baselines) {
            try (engine) {
                progress.printf("loading %s...%n", engine.name());
                start = System.nanoTime();
                engine.load(graph);
                double load = seconds(start);
                int[] hops = new int[compared];
                results.put(engine.name(), measure(engine, pairs, compared, warm, Math.min(Math.min(baselineWarmup, compared), warm.size()), hops, load, graph.edges()));
                for (int q = 0; q < compared; q++) {
                    if (hops[q] != expected[q]) {
                        if (!mismatched[q]) {
                            progress.printf("mismatch: %s says %d hops from %d to %d, kith %d%n", engine.name(), hops[q],
                                    pairs.sources()[q], pairs.targets()[q], expected[q]);
                        }
                        mismatched[q] = true;
                    }
                }
            }
        }
        int mismatches = 0;
        for (boolean m : mismatched) {
            mismatches += m ? 1 : 0;
        }
        Map<String, Integer> answers = new java.util.TreeMap<>();
        for (int hops : expected) {
            answers.merge(hops < 0 ? "none" : Integer.toString(hops), 1, Integer::sum);
        }
        return new PathBenchReport(graph.name(), graph.nodes(), graph.edges(), queries, maxHops,
                kind.name().toLowerCase(java.util.Locale.ROOT), answers, mismatches, results);
    }

    private PathBenchReport.Engine measure(PathEngine engine, Queries pairs, int count, Queries warm, int warmCount,
            int[] hops, double load, long edgeCount) {
        progress.printf("warming up %s (%d queries)...%n", engine.name(), warmCount);
        for (int q = 0; q < warmCount; q++) {
            engine.hops(warm.sources()[q], warm.targets()[q], maxHops);
        }
        progress.printf("timing %s (%d queries)...%n", engine.name(), count);
        long[] nanos = new long[count];
        long total = 0;
        long scannedBefore = dev.kith.network.graph.PathSearch.scannedEdges();
        for (int q = 0; q < count; q++) {
            long t0 = System.nanoTime();
            hops[q] = engine.hops(pairs.sources()[q], pairs.targets()[q], maxHops);
            nanos[q] = System.nanoTime() - t0;
            total += nanos[q];
        }
        long scanned = dev.kith.network.graph.PathSearch.scannedEdges() - scannedBefore;
        Arrays.sort(nanos);
        progress.printf(java.util.Locale.ROOT, "%s: p50 %.1f us, p99 %.1f us, %.1f queries/s%n", engine.name(),
                percentile(nanos, 50) / 1e3, percentile(nanos, 99) / 1e3, count / (total / 1e9));
        long bytes = engine.bytesUsed();
        return new PathBenchReport.Engine(percentile(nanos, 50) / 1e3, percentile(nanos, 99) / 1e3,
                count / (total / 1e9), bytes < 0 ? null : Math.round(100.0 * bytes / Math.max(1, edgeCount)) / 100.0, count,
                Math.round(load * 10) / 10.0, engine instanceof KithEngine ? scanned / count : null);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
