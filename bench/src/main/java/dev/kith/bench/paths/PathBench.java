package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs the same random path queries on Kith's engines and on each baseline, fairly: every engine is
 * loaded first, then warmed up on other pairs with at least the same number of queries and for at least
 * the same time (the warm-up pairs again and again until both are reached, so the optimizing compiler
 * has finished with every engine before timing starts), then all answer the
 * same queries in interleaved rounds (the queries split into {@code rounds} slices; in each round
 * every engine answers the slice, the order of engines rotating from round to round), so a change in
 * the machine's load falls on all of them alike. Each query is timed on its own. Afterwards, untimed,
 * every returned path is checked edge by edge against the graph, and every shortest-path engine's hop
 * count against Kith's. Speed is compared per query: for each engine the median over queries of its
 * time divided by Kith's time on the same query, with a bootstrap 95% interval.
 */
public final class PathBench {
    private static final int BOOTSTRAP = 1000;
    private final int maxHops;
    private final int warmup;
    private final double warmupSeconds;
    private final int rounds;
    private final long seed;
    private final PrintStream progress;
    private final boolean walk;

    /**
     * A bench drawing uniform pairs ({@code walk} false) or random-walk pairs of at most {@code maxHops},
     * warming every engine up with {@code warmup} queries and timing in {@code rounds} interleaved rounds.
     */
    public PathBench(int maxHops, int warmup, int rounds, long seed, boolean walk, PrintStream progress) {
        this(maxHops, warmup, 0, rounds, seed, walk, progress);
    }

    /**
     * A bench as above whose warm-up also lasts at least {@code warmupSeconds} per engine: the
     * {@code warmup} pairs are answered again and again until that time has passed.
     */
    public PathBench(int maxHops, int warmup, double warmupSeconds, int rounds, long seed, boolean walk,
            PrintStream progress) {
        if (rounds < 1 || warmupSeconds < 0) {
            throw new IllegalArgumentException("rounds must be at least 1, warm-up seconds at least 0");
        }
        this.maxHops = maxHops;
        this.warmup = warmup;
        this.warmupSeconds = warmupSeconds;
        this.rounds = rounds;
        this.seed = seed;
        this.walk = walk;
        this.progress = progress;
    }

    /** Measures {@code graph} with {@code queries} queries on Kith's two engines and every one of {@code baselines}. */
    public PathBenchReport run(EdgeList graph, int queries, List<PathEngine> baselines) {
        KithEngine kith = new KithEngine();
        List<PathEngine> engines = new ArrayList<>();
        engines.add(kith);
        engines.add(new KithPathsEngine());
        engines.addAll(baselines);
        double[] load = new double[engines.size()];
        try {
            for (int e = 0; e < engines.size(); e++) {
                progress.printf("loading %s...%n", engines.get(e).name());
                long start = System.nanoTime();
                engines.get(e).load(graph);
                load[e] = (System.nanoTime() - start) / 1e9;
            }
            Queries.Kind kind = walk ? Queries.Kind.WALK : Queries.Kind.UNIFORM;
            Queries pairs = Queries.generate(kith.graph(), queries, maxHops, seed, kind);
            Queries warm = Queries.warmup(kith.graph(), Math.max(warmup, 1), maxHops, seed + 1);
            long[] warmed = new long[engines.size()];
            for (int e = 0; e < engines.size(); e++) {
                PathEngine engine = engines.get(e);
                progress.printf(java.util.Locale.ROOT, "warming up %s (%d queries, at least %.1f s)...%n", engine.name(),
                        warmup, warmupSeconds);
                long start = System.nanoTime();
                long until = start + (long) (warmupSeconds * 1e9);
                do {
                    for (int q = 0; q < warmup; q++) {
                        engine.paths(warm.sources()[q], warm.targets()[q], maxHops);
                    }
                    warmed[e] += warmup;
                } while (warmup > 0 && System.nanoTime() < until);
            }
            long[][] nanos = new long[engines.size()][queries];
            int[][][][] answers = new int[engines.size()][queries][][];
            for (int r = 0; r < rounds; r++) {
                int from = (int) ((long) queries * r / rounds);
                int to = (int) ((long) queries * (r + 1) / rounds);
                progress.printf("round %d of %d (queries %d..%d)%n", r + 1, rounds, from, to - 1);
                for (int i = 0; i < engines.size(); i++) {
                    int e = (r + i) % engines.size();
                    PathEngine engine = engines.get(e);
                    for (int q = from; q < to; q++) {
                        long t0 = System.nanoTime();
                        answers[e][q] = engine.paths(pairs.sources()[q], pairs.targets()[q], maxHops);
                        nanos[e][q] = System.nanoTime() - t0;
                    }
                }
            }
            return report(graph, pairs, engines, load, warmed, nanos, answers, kind);
        } finally {
            for (PathEngine engine : engines) {
                engine.close();
            }
        }
    }

    private PathBenchReport report(EdgeList graph, Queries pairs, List<PathEngine> engines, double[] load,
            long[] warmed, long[][] nanos, int[][][][] answers, Queries.Kind kind) {
        int queries = pairs.size();
        CompactGraph reference = ((KithEngine) engines.get(0)).graph();
        int[] expected = new int[queries];
        for (int q = 0; q < queries; q++) {
            expected[q] = answers[0][q].length == 0 ? -1 : answers[0][q][0].length - 1;
        }
        Map<String, PathBenchReport.Engine> results = new LinkedHashMap<>();
        boolean[] mismatched = new boolean[queries];
        int invalidTotal = 0;
        for (int e = 0; e < engines.size(); e++) {
            PathEngine engine = engines.get(e);
            int invalid = 0;
            for (int q = 0; q < queries; q++) {
                int s = pairs.sources()[q];
                int t = pairs.targets()[q];
                String problem = PathCheck.problem(reference, answers[e][q], s, t, maxHops, engine.shortest(),
                        engine.shortest() ? Integer.MAX_VALUE : KithPathsEngine.K);
                if (problem == null && engine.shortest()) {
                    int hops = answers[e][q].length == 0 ? -1 : answers[e][q][0].length - 1;
                    if (hops != expected[q]) {
                        problem = "says " + hops + " hops, kith " + expected[q];
                        mismatched[q] = true;
                    }
                } else if (problem == null && (answers[e][q].length == 0) != (expected[q] < 0)) {
                    problem = (answers[e][q].length == 0 ? "found no path, kith " : "found a path, kith ") + expected[q] + " hops";
                    mismatched[q] = true;
                }
                if (problem != null) {
                    if (invalid == 0) {
                        progress.printf("%s, %d to %d: %s%n", engine.name(), s, t, problem);
                    }
                    invalid++;
                }
            }
            invalidTotal += invalid;
            results.put(engine.name(), engine(engine, nanos[e], e == 0 || !engine.shortest() ? null : nanos[0], load[e],
                    graph.edges(), invalid, warmed[e]));
        }
        int mismatches = 0;
        for (boolean m : mismatched) {
            mismatches += m ? 1 : 0;
        }
        Map<String, Integer> hopCounts = new java.util.TreeMap<>();
        for (int hops : expected) {
            hopCounts.merge(hops < 0 ? "none" : Integer.toString(hops), 1, Integer::sum);
        }
        return new PathBenchReport(graph.name(), graph.nodes(), graph.edges(), queries, maxHops,
                kind.name().toLowerCase(java.util.Locale.ROOT), warmup, warmupSeconds, rounds, hopCounts, mismatches,
                invalidTotal,
                results);
    }

    private PathBenchReport.Engine engine(PathEngine engine, long[] times, long[] kithTimes, double load, long edges,
            int invalid, long warmed) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long t : times) {
            total += t;
        }
        Double ratio = null;
        Double low = null;
        Double high = null;
        if (kithTimes != null) {
            double[] ratios = new double[times.length];
            for (int q = 0; q < times.length; q++) {
                ratios[q] = (double) times[q] / Math.max(1, kithTimes[q]);
            }
            double[] interval = medianInterval(ratios, seed);
            ratio = round(median(ratios.clone()));
            low = round(interval[0]);
            high = round(interval[1]);
        }
        long bytes = engine.bytesUsed();
        PathBenchReport.Engine result = new PathBenchReport.Engine(percentile(sorted, 50) / 1e3, percentile(sorted, 99) / 1e3,
                times.length / (total / 1e9), bytes < 0 ? null : Math.round(100.0 * bytes / Math.max(1, edges)) / 100.0,
                times.length, warmed, Math.round(load * 10) / 10.0, ratio, low, high, invalid);
        progress.printf(java.util.Locale.ROOT, "%s: p50 %.1f us, p99 %.1f us%s%n", engine.name(), result.p50Micros(),
                result.p99Micros(), ratio == null ? "" : String.format(java.util.Locale.ROOT,
                        ", %.1fx kith's time per query (95%% %.1f-%.1f)", ratio, low, high));
        return result;
    }

    /** A bootstrap 95% interval of the median of {@code values}: the queries resampled with replacement. */
    static double[] medianInterval(double[] values, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] medians = new double[BOOTSTRAP];
        double[] sample = new double[values.length];
        for (int b = 0; b < BOOTSTRAP; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = values[random.nextInt(values.length)];
            }
            medians[b] = median(sample);
        }
        Arrays.sort(medians);
        return new double[] {medians[(int) (0.025 * BOOTSTRAP)], medians[(int) (0.975 * BOOTSTRAP) - 1]};
    }

    /** The median of {@code values}, which it sorts. */
    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
