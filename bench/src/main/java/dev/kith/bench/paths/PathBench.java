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
 * the machine's load falls on all of them alike.
 *
 * <p>Each round times the slice twice per engine, in two passes (which pass comes first alternates from
 * round to round). <b>Per query:</b> the clock is read around every query. <b>Per block:</b> the clock is
 * read around each block of {@code block} consecutive, distinct queries, as JMH times a batch of
 * invocations: on ca-GrQc a query takes 0.05–0.3 µs and reading the clock twice costs ~20–45 ns, a fixed
 * cost that would otherwise be charged to every query of every engine and squeezes every ratio towards 1.
 * The blocks are the same queries in the same order for every engine, so no engine repeats a query or
 * gets another's cache. Before each timed pass over a slice the engine answers as many other pairs from
 * the warm-up set (at most the warm-up count) untimed, so no engine is timed on caches the engine before it
 * has just filled with its own data: on ca-GrQc a slice of Kith's queries lasts ~60 µs, about what it takes
 * to bring its graph back into the cache after a baseline's slice, while a baseline's slice lasts ~0.5 ms.
 * Afterwards, untimed, every answer of both passes is checked edge by edge against
 * the graph, and every shortest-path engine's hop count against Kith's. Speed is compared on the same
 * work: for each engine the median over queries of its time divided by Kith's on the same query, and the
 * median over blocks of its block time divided by Kith's on the same block, each with a bootstrap 95%
 * interval. The targets are judged on the blocks when {@code block} is over 1.
 */
public final class PathBench {
    private static final int BOOTSTRAP = 1000;
    /** Queries per timed block unless told otherwise. */
    public static final int DEFAULT_BLOCK = 16;
    private final int maxHops;
    private final int block;
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
        this(maxHops, warmup, warmupSeconds, rounds, DEFAULT_BLOCK, seed, walk, progress);
    }

    /** A bench as above timing, beside every single query, blocks of {@code block} consecutive queries. */
    public PathBench(int maxHops, int warmup, double warmupSeconds, int rounds, int block, long seed, boolean walk,
            PrintStream progress) {
        if (rounds < 1 || warmupSeconds < 0 || block < 1) {
            throw new IllegalArgumentException("rounds and block must be at least 1, warm-up seconds at least 0");
        }
        this.maxHops = maxHops;
        this.block = block;
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
            int[] blockStarts = blockStarts(queries);
            long[][] blockNanos = new long[engines.size()][blockStarts.length - 1];
            int[][][][] blockAnswers = new int[engines.size()][queries][][];
            int[] sources = pairs.sources();
            int[] targets = pairs.targets();
            for (int r = 0; r < rounds; r++) {
                int from = (int) ((long) queries * r / rounds);
                int to = (int) ((long) queries * (r + 1) / rounds);
                progress.printf("round %d of %d (queries %d..%d)%n", r + 1, rounds, from, to - 1);
                for (int pass = 0; pass < 2; pass++) {
                    boolean perQuery = (pass + r) % 2 == 0;
                    int rewarm = Math.min(to - from, warmup);
                    int rewarmFrom = (int) ((long) (2 * r + pass) * rewarm % Math.max(1, warmup));
                    for (int i = 0; i < engines.size(); i++) {
                        int e = (r + i) % engines.size();
                        PathEngine engine = engines.get(e);
                        for (int k = 0; k < rewarm; k++) { // untimed: this engine's caches, not the last engine's
                            int w = (rewarmFrom + k) % warmup;
                            engine.paths(warm.sources()[w], warm.targets()[w], maxHops);
                        }
                        if (perQuery) {
                            for (int q = from; q < to; q++) {
                                long t0 = System.nanoTime();
                                answers[e][q] = engine.paths(sources[q], targets[q], maxHops);
                                nanos[e][q] = System.nanoTime() - t0;
                            }
                            continue;
                        }
                        int[][][] out = blockAnswers[e];
                        for (int b = Arrays.binarySearch(blockStarts, from); blockStarts[b] < to; b++) {
                            int end = blockStarts[b + 1];
                            long t0 = System.nanoTime();
                            for (int q = blockStarts[b]; q < end; q++) {
                                out[q] = engine.paths(sources[q], targets[q], maxHops);
                            }
                            blockNanos[e][b] = System.nanoTime() - t0;
                        }
                    }
                }
            }
            return report(graph, pairs, engines, load, warmed, nanos, answers, blockNanos, blockAnswers, kind);
        } finally {
            for (PathEngine engine : engines) {
                engine.close();
            }
        }
    }

    /**
     * Where each block starts, and the number of queries last: blocks of {@code block} queries within each
     * round's slice (a slice's last block may be shorter), so every block is timed within one round.
     */
    private int[] blockStarts(int queries) {
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int from = (int) ((long) queries * r / rounds);
            int to = (int) ((long) queries * (r + 1) / rounds);
            for (int q = from; q < to; q += block) {
                starts.add(q);
            }
        }
        starts.add(queries);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private PathBenchReport report(EdgeList graph, Queries pairs, List<PathEngine> engines, double[] load,
            long[] warmed, long[][] nanos, int[][][][] answers, long[][] blockNanos, int[][][][] blockAnswers,
            Queries.Kind kind) {
        int queries = pairs.size();
        CompactGraph reference = ((KithEngine) engines.get(0)).graph();
        int[] expected = new int[queries];
        for (int q = 0; q < queries; q++) {
            expected[q] = answers[0][q].length == 0 ? -1 : answers[0][q][0].length - 1;
        }
        int[] blockStarts = blockStarts(queries);
        Map<String, PathBenchReport.Engine> results = new LinkedHashMap<>();
        boolean[] mismatched = new boolean[queries];
        int invalidTotal = 0;
        for (int e = 0; e < engines.size(); e++) {
            PathEngine engine = engines.get(e);
            int invalid = 0;
            for (int[][][] pass : List.of(answers[e], blockAnswers[e])) {
                for (int q = 0; q < queries; q++) {
                    int s = pairs.sources()[q];
                    int t = pairs.targets()[q];
                    String problem = problem(reference, engine, pass[q], s, t, expected[q]);
                    if (problem != null) {
                        mismatched[q] |= !problem.startsWith(INVALID);
                        if (invalid == 0) {
                            progress.printf("%s, %d to %d: %s%n", engine.name(), s, t, problem);
                        }
                        invalid++;
                    }
                }
            }
            invalidTotal += invalid;
            boolean compared = e != 0 && engine.shortest();
            results.put(engine.name(), engine(engine, nanos[e], compared ? nanos[0] : null, blockNanos[e],
                    compared ? blockNanos[0] : null, blockStarts, load[e], graph.edges(), invalid, warmed[e]));
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
                kind.name().toLowerCase(java.util.Locale.ROOT), warmup, warmupSeconds, rounds, block, hopCounts,
                mismatches, invalidTotal, results);
    }

    private static final String INVALID = "invalid: ";

    /** What is wrong with one answer (a bad path starts with {@link #INVALID}, a disagreement with Kith not), or null. */
    private String problem(CompactGraph reference, PathEngine engine, int[][] answer, int s, int t, int expected) {
        String problem = PathCheck.problem(reference, answer, s, t, maxHops, engine.shortest(),
                engine.shortest() ? Integer.MAX_VALUE : KithPathsEngine.K);
        if (problem != null) {
            return INVALID + problem;
        }
        if (engine.shortest()) {
            int hops = answer.length == 0 ? -1 : answer[0].length - 1;
            return hops == expected ? null : "says " + hops + " hops, kith " + expected;
        }
        if ((answer.length == 0) != (expected < 0)) {
            return (answer.length == 0 ? "found no path, kith " : "found a path, kith ") + expected + " hops";
        }
        return null;
    }

    private PathBenchReport.Engine engine(PathEngine engine, long[] times, long[] kithTimes, long[] blockTimes,
            long[] kithBlockTimes, int[] blockStarts, double load, long edges, int invalid, long warmed) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long t : times) {
            total += t;
        }
        double[] perQueryInBlocks = new double[blockTimes.length]; // a block's time over its queries
        for (int b = 0; b < blockTimes.length; b++) {
            perQueryInBlocks[b] = blockTimes[b] / (double) (blockStarts[b + 1] - blockStarts[b]);
        }
        double[] perQuery = kithTimes == null ? null : ratio(times, kithTimes);
        double[] perBlock = kithBlockTimes == null ? null : ratio(blockTimes, kithBlockTimes);
        long bytes = engine.bytesUsed();
        PathBenchReport.Engine result = new PathBenchReport.Engine(percentile(sorted, 50) / 1e3, percentile(sorted, 99) / 1e3,
                times.length / (total / 1e9), Math.round(median(perQueryInBlocks)) / 1e3,
                bytes < 0 ? null : Math.round(100.0 * bytes / Math.max(1, edges)) / 100.0,
                times.length, warmed, Math.round(load * 10) / 10.0, perQuery == null ? null : perQuery[0],
                perQuery == null ? null : perQuery[1], perQuery == null ? null : perQuery[2],
                perBlock == null ? null : perBlock[0], perBlock == null ? null : perBlock[1],
                perBlock == null ? null : perBlock[2], invalid);
        progress.printf(java.util.Locale.ROOT, "%s: p50 %.2f us, p99 %.1f us, median block %.3f us a query%s%n", engine.name(),
                result.p50Micros(), result.p99Micros(), result.blockMedianMicros(), perQuery == null ? ""
                        : String.format(java.util.Locale.ROOT, ", %.1fx kith's time per query (95%% %.1f-%.1f), %.1fx per "
                                + "block (95%% %.1f-%.1f)", perQuery[0], perQuery[1], perQuery[2], perBlock[0], perBlock[1],
                                perBlock[2]));
        return result;
    }

    /** The median of {@code times[i] / kithTimes[i]} and its bootstrap 95% interval, rounded to a tenth. */
    private double[] ratio(long[] times, long[] kithTimes) {
        double[] ratios = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            ratios[i] = (double) times[i] / Math.max(1, kithTimes[i]);
        }
        double[] interval = medianInterval(ratios, seed);
        return new double[] {round(median(ratios.clone())), round(interval[0]), round(interval[1])};
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
