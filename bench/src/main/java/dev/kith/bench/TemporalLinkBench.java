package dev.kith.bench;

import dev.kith.core.KithException;
import dev.kith.intros.LinkScorer;
import dev.kith.intros.TieGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Temporal link prediction: how well does a scorer predict who will connect next?
 *
 * <p><b>Input.</b> An edge list, one event {@code a b time} per line (whitespace, comma or
 * {@code |} separated; a first line that does not parse is a header; {@code #} lines are comments).
 * Self-loops are ignored. Times are numbers (seconds, milliseconds: any unit).
 *
 * <p><b>Protocol.</b> The split time is {@code t0 + 0.8 (t1 - t0)} over the events' time range.
 * Events up to it are the training graph. The positives are the unordered pairs whose
 * <em>first</em> event comes after the split, both of whose people appear in training (nobody can
 * rank a stranger). Each positive is one query: the person who sent the first event is the query
 * node {@code u}, the other the target {@code v}. The candidates of a query are every training
 * node except {@code u}, its training neighbours and its <em>other</em> positives (the "filtered"
 * setting). The rank of {@code v} is {@code 1 + #candidates scoring higher + #candidates scoring
 * the same with a smaller node number} (node numbers follow first appearance in the file), so ties
 * are broken deterministically and identically for every method. Hits@K is the share of queries
 * with rank at most K; MRR the mean of 1/rank.
 *
 * <p><b>Methods</b>, all on the same training graph: Common Neighbours, Adamic-Adar, Resource
 * Allocation (unweighted, on the set of training pairs), and Kith's {@link LinkScorer} on a
 * {@link TieGraph} of the training events as of the split time, with a half-life of one eighth of
 * the training span (relative to the data, never tuned to one data set). Two ablations are
 * reported too: {@code kith-ties-only} (the structural part alone) and {@code activity-only} (the
 * prior alone).
 */
public final class TemporalLinkBench {
    /** One method's metrics. */
    public record Metrics(double hits10, double hits20, double hits50, double mrr) {
    }

    /** What a run measured: the methods' metrics, and the size of the problem. */
    public record Result(Map<String, Metrics> methods, int nodes, int trainEvents, int trainPairs, int queries) {
    }

    /** The fraction of the time range used for training. */
    public static final double TRAIN = 0.8;
    /** The tie half-life as a fraction of the training time span. */
    public static final double HALF_LIFE = 1.0 / 8;

    private TemporalLinkBench() {
    }

    /** Reads {@code file} and evaluates every method on it. */
    public static Result run(Path file) {
        List<long[]> events = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new KithException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("%")) {
                continue;
            }
            String[] f = t.split("[\\s,|]+");
            long time;
            try {
                if (f.length < 3) {
                    throw new NumberFormatException();
                }
                time = (long) Double.parseDouble(f[2]);
            } catch (NumberFormatException e) {
                if (events.isEmpty() && lineNo == 1) {
                    continue;
                }
                throw new KithException(file + ":" + lineNo + ": expected 'a b time', got '" + t + "'");
            }
            int a = ids.computeIfAbsent(f[0], k -> ids.size());
            int b = ids.computeIfAbsent(f[1], k -> ids.size());
            if (a != b) {
                events.add(new long[] {a, b, time});
            }
        }
        if (events.size() < 10) {
            throw new KithException(file + ": needs at least 10 timestamped edges, found " + events.size());
        }
        events.sort(Comparator.comparingLong((long[] e) -> e[2]));
        return evaluate(events, ids.size());
    }

    static Result evaluate(List<long[]> events, int n) {
        long t0 = events.get(0)[2];
        long t1 = events.get(events.size() - 1)[2];
        double split = t0 + TRAIN * (t1 - t0);
        TieGraph.Builder kith = new TieGraph.Builder(n, split, Math.max(1, (split - t0) * HALF_LIFE));
        List<Set<Integer>> train = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            train.add(new HashSet<>());
        }
        boolean[] seen = new boolean[n];
        int trainEvents = 0;
        Map<Long, int[]> firstAfter = new LinkedHashMap<>();
        Set<Long> trainPairs = new HashSet<>();
        for (long[] e : events) {
            int a = (int) e[0];
            int b = (int) e[1];
            long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            if (e[2] <= split) {
                trainEvents++;
                kith.contact(a, b, e[2]);
                train.get(a).add(b);
                train.get(b).add(a);
                seen[a] = true;
                seen[b] = true;
                trainPairs.add(key);
            } else if (!trainPairs.contains(key)) {
                firstAfter.putIfAbsent(key, new int[] {a, b});
            }
        }
        List<int[]> queries = new ArrayList<>();
        for (int[] q : firstAfter.values()) {
            if (seen[q[0]] && seen[q[1]]) {
                queries.add(q);
            }
        }
        TieGraph graph = kith.build();
        int[][] nb = new int[n][];
        for (int i = 0; i < n; i++) {
            nb[i] = train.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        Map<Integer, Set<Integer>> positives = new HashMap<>();
        for (int[] q : queries) {
            positives.computeIfAbsent(q[0], k -> new HashSet<>()).add(q[1]);
        }
        String[] names = {"kith", "cn", "aa", "ra", "kith-ties-only", "activity-only"};
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (String m : names) {
            sums.put(m, new double[4]);
        }
        Map<Integer, List<int[]>> byQuery = new LinkedHashMap<>();
        for (int[] q : queries) {
            byQuery.computeIfAbsent(q[0], k -> new ArrayList<>()).add(q);
        }
        double[][] scores = new double[names.length][n];
        for (Map.Entry<Integer, List<int[]>> e : byQuery.entrySet()) {
            int u = e.getKey();
            for (double[] s : scores) {
                Arrays.fill(s, 0);
            }
            for (int z : nb[u]) {
                double aa = 1 / Math.log(Math.max(2, nb[z].length));
                double ra = 1.0 / nb[z].length;
                for (int v : nb[z]) {
                    scores[1][v] += 1;
                    scores[2][v] += aa;
                    scores[3][v] += ra;
                }
            }
            LinkScorer.structural(graph, u, scores[0]);
            for (int v = 0; v < n; v++) {
                double prior = LinkScorer.prior(graph.activity(u), graph.activity(v));
                scores[4][v] = scores[0][v];
                scores[5][v] = prior;
                scores[0][v] = LinkScorer.score(scores[0][v], prior);
            }
            boolean[] excluded = new boolean[n];
            excluded[u] = true;
            for (int v : nb[u]) {
                excluded[v] = true;
            }
            for (int v : positives.get(u)) {
                excluded[v] = true;
            }
            for (int[] q : e.getValue()) {
                int v = q[1];
                for (int m = 0; m < names.length; m++) {
                    double sv = scores[m][v];
                    int rank = 1;
                    for (int c = 0; c < n; c++) {
                        if (!seen[c] || excluded[c]) {
                            continue;
                        }
                        double sc = scores[m][c];
                        if (sc > sv || (sc == sv && c < v)) {
                            rank++;
                        }
                    }
                    double[] s = sums.get(names[m]);
                    s[0] += rank <= 10 ? 1 : 0;
                    s[1] += rank <= 20 ? 1 : 0;
                    s[2] += rank <= 50 ? 1 : 0;
                    s[3] += 1.0 / rank;
                }
            }
        }
        Map<String, Metrics> out = new LinkedHashMap<>();
        int q = Math.max(1, queries.size());
        sums.forEach((m, s) -> out.put(m, new Metrics(round(s[0] / q), round(s[1] / q), round(s[2] / q), round(s[3] / q))));
        return new Result(out, n, trainEvents, trainPairs.size(), queries.size());
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
