package dev.kith.bench;

import dev.kith.intros.IntroModel;
import dev.kith.intros.LinkFeatures;
import dev.kith.intros.LogisticModel;
import dev.kith.intros.TemporalFit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Temporal link prediction: how well does a scorer predict who will get in touch for the first time?
 *
 * <p><b>Input.</b> An edge list, one event per line, as {@link TemporalEdges} reads it: SNAP's {@code a b time},
 * KONECT's {@code a b weight time}, the LDBC's {@code a|b|creationDate}; times in any unit or ISO-8601.
 *
 * <p><b>Protocol.</b> Events are sorted by time (stable) and split at 80% of the <em>events</em>: the first
 * {@code ceil(0.8 N)} are the training window, the split time is the last one's. A query is a pair first in touch
 * after the split, both of whose people appear in training (nobody can rank a stranger): the sender {@code u} is the
 * query node, the other the target {@code v}. The candidates are the same for every method: every training node
 * except {@code u}, its training neighbours and its <em>other</em> targets (the "filtered" setting). The rank of
 * {@code v} is {@code 1 + #higher + #tied/2} (the average of the positions a tie could take), so no method gains
 * from an arbitrary tie order. Hits@K is the share of queries with rank at most K; MRR the mean of 1/rank.
 *
 * <p><b>Methods</b>: {@code kith}, the {@link LogisticModel} over {@link LinkFeatures} fit by {@link TemporalFit}
 * on the training window only (its own validation window inside); the baselines {@code cn}, {@code aa},
 * {@code ra}, {@code pa}, their time-decayed versions {@code cn-t}, {@code aa-t}, {@code ra-t} (ties weighed by
 * decayed contact counts) and {@code activity} (the target's decayed contact count: recency and activity). A
 * decayed baseline's half-life is chosen from the same grid as Kith's, on the same validation window, so no
 * method gets tuning the others do not.
 *
 * <p><b>Comparison.</b> Kith against the baseline with the best Hits@20: the ratio of Hits@20 with a bootstrap
 * 95% interval ({@value #BOOTSTRAP} resamples of the queries, fixed seed) and a two-sided sign test on the
 * queries where exactly one of the two has the target in its top 20.
 */
public final class TemporalLinkBench {
    /** One method's metrics over {@code queries} queries. */
    public record Metrics(double hits10, double hits20, double hits50, double mrr, int queries) {
    }

    /**
     * Kith against {@code baseline} (the best baseline by Hits@20): the Hits@20 ratio, its bootstrap interval, and
     * the sign test (queries only Kith hits, only the baseline hits, two-sided p).
     */
    public record Comparison(String baseline, double ratio, double low, double high, int kithOnly, int baselineOnly,
                             double p) {
    }

    /** How Kith's model was fit: the chosen half-life (share of training span), penalty, and its weights. */
    public record Fit(double halfLifeShare, double lambda, double validationHits20, int examples,
                      Map<String, Double> weights) {
    }

    /** What a run measured: {@code queries} of the {@code newPairs} first in touch after the split were asked. */
    public record Result(Map<String, Metrics> methods, Comparison comparison, Fit fit, int nodes, int events,
                         int trainEvents, long splitTime, int trainPairs, int queries, int newPairs) {
    }

    /** Queries asked at most by default: beyond it, a seeded uniform sample of the new pairs (reported). */
    public static final int DEFAULT_MAX_QUERIES = 5000;

    /** The share of events used for training. */
    public static final double TRAIN = 0.8;
    static final int BOOTSTRAP = 2000;
    /** The row of the product's own model choice (IntroModel, a book's budget and threshold) beside the full fit. */
    static final String BOOK_ROW = "kith-book";
    static final List<String> BASELINES = List.of("cn", "aa", "ra", "pa", "cn-t", "aa-t", "ra-t", "activity");

    private TemporalLinkBench() {
    }

    /** Reads {@code file} and evaluates every method on it, on at most {@value #DEFAULT_MAX_QUERIES} queries. */
    public static Result run(Path file) {
        return run(file, DEFAULT_MAX_QUERIES);
    }

    /**
     * Reads {@code file} and evaluates every method on it; when more than {@code maxQueries} pairs are first in
     * touch after the split, on a seeded uniform sample of that many (the same for every method).
     */
    public static Result run(Path file, int maxQueries) {
        TemporalEdges edges = TemporalEdges.read(file, 10);
        return evaluate(edges.events(), edges.people(), maxQueries);
    }

    /** Evaluates every method on {@code events} ({@code {from, to, time}}, sorted by time) among {@code n} people. */
    static Result evaluate(List<long[]> events, int n) {
        return evaluate(events, n, DEFAULT_MAX_QUERIES);
    }

    /** {@link #evaluate(List, int)} on at most {@code maxQueries} queries (a seeded sample beyond). */
    static Result evaluate(List<long[]> events, int n, int maxQueries) {
        int train = (int) Math.ceil(TRAIN * events.size());
        long splitTime = events.get(train - 1)[2];
        double span = Math.max(1, splitTime - events.get(0)[2]);
        TemporalFit.Fitted fitted;
        try {
            fitted = TemporalFit.fit(events, train, n);
        } catch (IllegalArgumentException tooFew) {
            // too few new pairs inside the training window to fit: the stored prior, as the product does
            fitted = new TemporalFit.Fitted(TemporalFit.prior(), span * TemporalFit.PRIOR_HALF_LIFE_SHARE,
                    TemporalFit.PRIOR_HALF_LIFE_SHARE, 0, 0, 0, 0);
        }

        // the decayed baselines' half-lives: each the best on the validation window inside training
        int c2 = (int) (train * 0.8);
        Map<String, Double> halfLives = new LinkedHashMap<>();
        Map<String, double[]> bestVal = new HashMap<>();
        for (double share : TemporalFit.HALF_LIVES) {
            LinkFeatures f = LinkFeatures.of(events, c2, n, TemporalFit.time(events, c2), span * share);
            // the same sample of the validation window as Kith's fit ranks
            List<TemporalFit.NewPair> val = TemporalFit.sample(TemporalFit.newPairs(events, c2, train, f),
                    TemporalFit.MAX_VALIDATION);
            for (String m : List.of("cn-t", "aa-t", "ra-t", "activity")) {
                double[] hm = rankAll(f, val, Map.of(m, baseline(m))).get(m).summary();
                double[] best = bestVal.get(m);
                if (best == null || hm[1] > best[1] || (hm[1] == best[1] && hm[3] > best[3])) {
                    bestVal.put(m, hm);
                    halfLives.put(m, span * share);
                }
            }
        }

        LinkFeatures kithFeatures = LinkFeatures.of(events, train, n, splitTime, fitted.halfLife());
        List<TemporalFit.NewPair> allQueries = TemporalFit.newPairs(events, train, events.size(), kithFeatures);
        List<TemporalFit.NewPair> queries = TemporalFit.sample(allQueries, maxQueries);
        Map<String, Ranks> ranks = new LinkedHashMap<>();
        LogisticModel model = fitted.model();
        ranks.putAll(rankAll(kithFeatures, queries, Map.of("kith", (f, q, v) -> model.score(q.row(v, 0)))));
        // the product's own choice on this training window: the fit within a book's budget, or the prior when the
        // history is too short (IntroModel, what kith intros and Today rank with)
        IntroModel book = IntroModel.choose(events, train, n, IntroModel.BOOK);
        LinkFeatures bookFeatures = LinkFeatures.of(events, train, n, splitTime, book.halfLife());
        ranks.putAll(rankAll(bookFeatures, queries, Map.of(BOOK_ROW,
                (f, q, v) -> book.model().score(q.row(v, 0)))));
        Map<String, Scorer> plain = new LinkedHashMap<>();
        for (String m : List.of("cn", "aa", "ra", "pa")) {
            plain.put(m, baseline(m));
        }
        ranks.putAll(rankAll(kithFeatures, queries, plain));
        for (String m : List.of("cn-t", "aa-t", "ra-t", "activity")) {
            LinkFeatures f = LinkFeatures.of(events, train, n, splitTime, halfLives.get(m));
            ranks.putAll(rankAll(f, queries, Map.of(m, baseline(m))));
        }
        Map<String, Metrics> methods = new LinkedHashMap<>();
        methods.put("kith", ranks.get("kith").metrics());
        methods.put(BOOK_ROW, ranks.get(BOOK_ROW).metrics());
        for (String m : BASELINES) {
            methods.put(m, ranks.get(m).metrics());
        }
        String best = BASELINES.get(0);
        for (String m : BASELINES) {
            if (methods.get(m).hits20() > methods.get(best).hits20()) {
                best = m;
            }
        }
        Comparison comparison = compare(ranks.get("kith"), ranks.get(best), best);
        Map<String, Double> weights = new LinkedHashMap<>();
        double[] w = model.weights();
        for (int j = 0; j < w.length; j++) {
            weights.put(model.names().get(j), round(w[j]));
        }
        Fit fit = new Fit(fitted.halfLifeShare(), fitted.lambda(), round(fitted.validationHits20()),
                fitted.fitExamples(), weights);
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            pairs += kithFeatures.neighbours(i).length;
        }
        return new Result(methods, comparison, fit, n, events.size(), train, splitTime, pairs / 2, queries.size(),
                allQueries.size());
    }



    /** A method: the score of candidate {@code v} for query {@code q}. */
    @FunctionalInterface
    interface Scorer {
        double score(LinkFeatures f, LinkFeatures.Query q, int v);
    }

    static Scorer baseline(String name) {
        return switch (name) {
            case "cn" -> (f, q, v) -> q.baseline(0, v);
            case "aa" -> (f, q, v) -> q.baseline(1, v);
            case "ra" -> (f, q, v) -> q.baseline(2, v);
            case "pa" -> (f, q, v) -> (double) f.neighbours(q.person()).length * f.neighbours(v).length;
            case "cn-t" -> (f, q, v) -> q.baseline(3, v);
            case "aa-t" -> (f, q, v) -> q.baseline(4, v);
            case "ra-t" -> (f, q, v) -> q.baseline(5, v);
            case "activity" -> (f, q, v) -> f.activity(v);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Each query's rank by one method, in query order. */
    record Ranks(double[] rank) {
        Metrics metrics() {
            double[] s = summary();
            return new Metrics(round(s[0]), round(s[1]), round(s[2]), round(s[3]), rank.length);
        }

        /** Hits@10, Hits@20, Hits@50, MRR. */
        double[] summary() {
            double[] s = new double[4];
            for (double r : rank) {
                s[0] += r <= 10 ? 1 : 0;
                s[1] += r <= 20 ? 1 : 0;
                s[2] += r <= 50 ? 1 : 0;
                s[3] += 1 / r;
            }
            int q = Math.max(1, rank.length);
            for (int i = 0; i < 4; i++) {
                s[i] /= q;
            }
            return s;
        }
    }

    /** The rank of every query's target by every method, among the same candidates (see the class comment). */
    static Map<String, Ranks> rankAll(LinkFeatures f, List<TemporalFit.NewPair> queries, Map<String, Scorer> methods) {
        int n = f.size();
        int[] candidates = java.util.stream.IntStream.range(0, n).filter(f::seen).toArray();
        Map<Integer, Set<Integer>> targets = new HashMap<>();
        Map<Integer, List<Integer>> order = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            TemporalFit.NewPair p = queries.get(i);
            targets.computeIfAbsent(p.u(), k -> new java.util.HashSet<>()).add(p.v());
            order.computeIfAbsent(p.u(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Ranks> out = new LinkedHashMap<>();
        methods.keySet().forEach(m -> out.put(m, new Ranks(new double[queries.size()])));
        double[] score = new double[n];
        for (Map.Entry<Integer, List<Integer>> e : order.entrySet()) {
            int u = e.getKey();
            LinkFeatures.Query q = f.query(u);
            Set<Integer> mine = targets.get(u);
            boolean[] excluded = TemporalFit.excluded(f, u, mine);
            for (Map.Entry<String, Scorer> m : methods.entrySet()) {
                for (int c : candidates) {
                    score[c] = m.getValue().score(f, q, c);
                }
                for (int i : e.getValue()) {
                    out.get(m.getKey()).rank()[i] = TemporalFit.averageRank(score, queries.get(i).v(), candidates,
                            c -> excluded[c]);
                }
            }
        }
        return out;
    }

    /** Kith against one baseline on the same queries: bootstrap interval of the Hits@20 ratio and a sign test. */
    static Comparison compare(Ranks kith, Ranks base, String name) {
        int q = kith.rank().length;
        int[] k = new int[q];
        int[] b = new int[q];
        int kithOnly = 0;
        int baseOnly = 0;
        for (int i = 0; i < q; i++) {
            k[i] = kith.rank()[i] <= 20 ? 1 : 0;
            b[i] = base.rank()[i] <= 20 ? 1 : 0;
            kithOnly += k[i] > b[i] ? 1 : 0;
            baseOnly += b[i] > k[i] ? 1 : 0;
        }
        double ratio = ratio(sum(k), sum(b));
        Random random = new Random(42);
        double[] ratios = new double[BOOTSTRAP];
        for (int r = 0; r < BOOTSTRAP; r++) {
            int sk = 0;
            int sb = 0;
            for (int i = 0; i < q; i++) {
                int j = random.nextInt(q);
                sk += k[j];
                sb += b[j];
            }
            ratios[r] = ratio(sk, sb);
        }
        java.util.Arrays.sort(ratios);
        double low = ratios[(int) Math.floor(0.025 * (BOOTSTRAP - 1))];
        double high = ratios[(int) Math.ceil(0.975 * (BOOTSTRAP - 1))];
        return new Comparison(name, round(ratio), round(low), round(high), kithOnly, baseOnly,
                signTest(kithOnly, baseOnly));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? (a == 0 ? 1 : Double.POSITIVE_INFINITY) : (double) a / b;
    }

    private static int sum(int[] x) {
        int s = 0;
        for (int v : x) {
            s += v;
        }
        return s;
    }

    /** Two-sided exact sign test: the chance of a split at least this uneven among {@code a + b} fair coin flips. */
    static double signTest(int a, int b) {
        int m = a + b;
        if (m == 0) {
            return 1;
        }
        int lo = Math.min(a, b);
        double logHalf = m * Math.log(0.5);
        double p = 0;
        double logC = 0;
        for (int i = 0; i <= lo; i++) {
            if (i > 0) {
                logC += Math.log(m - i + 1) - Math.log(i);
            }
            p += Math.exp(logC + logHalf);
        }
        return Math.min(1, 2 * p);
    }

    private static double round(double x) {
        if (Double.isInfinite(x) || Double.isNaN(x)) {
            return x;
        }
        return Math.round(x * 10000) / 10000.0;
    }
}
