package dev.kith.intros;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fits the introduction model on a history of dated contacts, the same way on any network (no per-data-set
 * tuning). Only the first {@code count} events (the training window) are read:
 * <ol>
 *   <li>Two inner cuts at 60% and 80% of the training events. For every half-life in {@link #HALF_LIVES} (a share
 *       of the training window's time span) and penalty in {@link #LAMBDAS}: features as of the 60% cut, labels =
 *       the pairs first in touch between the cuts, fit; then rank the pairs first in touch after the 80% cut
 *       (the validation window) among all candidates as of the 80% cut and keep the setting with the best
 *       Hits@20 (then MRR). Each feature alone is a candidate too (a model with one weight): on a network where
 *       one signal is the whole story, the fit does not lose to it.</li>
 *   <li>Refit with that setting on features as of the 80% cut and the validation window's new pairs: the model
 *       that ranks after the training window.</li>
 * </ol>
 * A training example is a new pair {@code (u, v)} (both seen before the cut, never in touch) against
 * {@value #NEGATIVES} people {@code u} did not contact: half drawn from all candidates, half from people two steps
 * away (hard negatives), with a fixed seed.
 */
public final class TemporalFit {
    /** Half-lives tried, as shares of the training window's time span. */
    public static final double[] HALF_LIVES = {1.0 / 64, 1.0 / 16, 1.0 / 4, 1.0};
    /** L2 penalties tried (per unit of example weight). */
    public static final double[] LAMBDAS = {1e-3, 1e-2, 1e-1, 1};
    static final int NEGATIVES = 40;
    /** Shares of the negatives drawn from people two steps away (the rest from all candidates), tried. */
    public static final double[] TWO_STEP_SHARES = {0.5, 0.9};
    /** Validation queries at most (drawn with a fixed seed); beyond, ranking them all adds little. */
    public static final int MAX_VALIDATION = 1500;
    /** New pairs of one window a fit learns from at most (a seeded sample when more): bounds its memory on large networks. */
    static final int MAX_FIT = 5000;
    static final long SEED = 20261206L;

    /** The fitted model, the half-life (in time units) it expects its features with, and what was chosen and why. */
    public record Fitted(LogisticModel model, double halfLife, double halfLifeShare, double lambda,
                         double twoStepShare, double validationHits20, int fitExamples) {
    }

    /** A new pair: {@code u} contacted {@code v} for the first time. */
    public record NewPair(int u, int v) {
    }

    private TemporalFit() {
    }

    /**
     * The model used when a history is too short to fit one: the regression {@link #fit} chose on a synthetic
     * network ({@code TemporalGraphs.triadicBursts(7, 3000, 60000)} in the bench module: triadic-closure growth
     * with activity bursts) before the walk feature existed, its weights copied here, the walk's weight 0. Since
     * the walk, the fit there prefers the walk alone (validation Hits@20 0.30); a product's prior keeps the
     * regression, which also weighs recency and activity (a dormant contact rarely takes up an introduction),
     * and leaves the walk to a book's own fit. See docs/decisions.md. Half-life: {@value #PRIOR_HALF_LIFE_SHARE}
     * of the history's span.
     */
    public static LogisticModel prior() {
        return new LogisticModel(LinkFeatures.NAMES, PRIOR_MEAN, PRIOR_SD, PRIOR_WEIGHTS, 0);
    }

    private static final double[] PRIOR_MEAN = {
        0.000499401, 0.000598126, 0.000233994, -0.00333066, 0.00142551, 0.000727113, -0.00419474,
        0.00103829, -1.23547e-05, 0.0590257, 0.00232316, 0.00181378, 0.0193036, -0.000357609, 0, 0, 0
    };
    private static final double[] PRIOR_SD = {
        1.06972, 0.425845, 0.105746, 11.4261, 2.76082, 0.284769, 2.3358, 1.2165, 0.0287768, 98.3321,
        0.286887, 0.374981, 22.2419, 0.149576, 1, 1, 1
    };
    private static final double[] PRIOR_WEIGHTS = {
        -0.0142957, 0.0101096, 0.0314602, 0.0671603, 0.0782259, 0.0845193, 0.0571545, 0.0203568, 0.0240943,
        0.0277138, 0.00500778, 0.0257811, 0.026379, 0.0215728, 0, 0, 0
    };

    /** The prior's half-life, as a share of the history's time span. */
    public static final double PRIOR_HALF_LIFE_SHARE = 1.0;

    /**
     * How much of a history a fit reads: at most {@code fitPairs} new pairs per window become examples, and at most
     * {@code validation} new pairs of the validation window are ranked (each drawn with a fixed seed).
     */
    public record Budget(int fitPairs, int validation) {
        /** What {@code kith bench intros} uses: {@value #MAX_FIT} new pairs per window, {@value #MAX_VALIDATION} validation queries. */
        public static final Budget FULL = new Budget(MAX_FIT, MAX_VALIDATION);
    }

    /** Fits on the first {@code count} of {@code events} ({@code {from, to, time}}, sorted by time) among {@code n}. */
    public static Fitted fit(List<long[]> events, int count, int n) {
        return fit(events, count, n, Budget.FULL);
    }

    /** {@link #fit(List, int, int)} reading at most {@code budget} of the history's new pairs. */
    public static Fitted fit(List<long[]> events, int count, int n, Budget budget) {
        int c1 = (int) (count * 0.6);
        int c2 = (int) (count * 0.8);
        if (c1 < 2 || c2 <= c1 || count <= c2) {
            throw new IllegalArgumentException("too short a history to fit: " + count + " events");
        }
        double span = Math.max(1, events.get(count - 1)[2] - events.get(0)[2]);
        Fitted best = null;
        double bestHits = -1;
        double bestMrr = -1;
        for (double share : HALF_LIVES) {
            double h = span * share;
            LinkFeatures f1 = LinkFeatures.of(events, c1, n, time(events, c1), h);
            List<NewPair> fitPairs = sample(newPairs(events, c1, c2, f1), budget.fitPairs());
            LinkFeatures f2 = LinkFeatures.of(events, c2, n, time(events, c2), h);
            List<NewPair> validation = sample(newPairs(events, c2, count, f2), budget.validation());
            // the candidates: a fit per negative mix and penalty, and each feature alone (a model with one weight)
            List<Fitted> candidates = new ArrayList<>();
            for (double share2 : TWO_STEP_SHARES) {
                Examples ex = examples(f1, fitPairs, share2);
                if (ex.y.length < 2) {
                    continue;
                }
                for (double lambda : LAMBDAS) {
                    candidates.add(new Fitted(LogisticModel.fit(LinkFeatures.NAMES, ex.x, ex.y, lambda), h, share,
                            lambda, share2, 0, ex.y.length));
                }
            }
            for (int j = 0; j < LinkFeatures.SIZE - 1; j++) {
                candidates.add(new Fitted(single(j), h, share, Double.NaN, Double.NaN, 0, 0));
            }
            double[][] hm = rank(f2, validation, candidates.stream().map(Fitted::model).toList());
            for (int k = 0; k < candidates.size(); k++) {
                if (hm[k][0] > bestHits || (hm[k][0] == bestHits && hm[k][1] > bestMrr)) {
                    bestHits = hm[k][0];
                    bestMrr = hm[k][1];
                    Fitted c = candidates.get(k);
                    best = new Fitted(c.model(), h, share, c.lambda(), c.twoStepShare(), hm[k][0], c.fitExamples());
                }
            }
        }
        if (best == null || bestHits <= 0 && bestMrr <= 0) {
            throw new IllegalArgumentException("too few new pairs in the training window to fit");
        }
        LinkFeatures f2 = LinkFeatures.of(events, c2, n, time(events, c2), best.halfLife());
        List<NewPair> p2 = newPairs(events, c2, count, f2);
        Mixing mixing = new Mixing(f2, sample(p2, budget.validation()));
        List<Mixing.Term> terms = mixing.terms(best.model());
        if (Double.isNaN(best.lambda())) {
            // one feature alone ranked the validation window best: nothing to refit
            return new Fitted(mixing.apply(best.model(), terms), best.halfLife(), best.halfLifeShare(), best.lambda(),
                    best.twoStepShare(), best.validationHits20(), 0);
        }
        LinkFeatures f1 = LinkFeatures.of(events, c1, n, time(events, c1), best.halfLife());
        List<NewPair> p1 = sample(newPairs(events, c1, c2, f1), budget.fitPairs());
        Examples ex = Examples.join(examples(f1, p1, best.twoStepShare()),
                examples(f2, sample(p2, budget.fitPairs()), best.twoStepShare()));
        LogisticModel m = mixing.apply(LogisticModel.fit(LinkFeatures.NAMES, ex.x, ex.y, best.lambda()), terms);
        return new Fitted(m, best.halfLife(), best.halfLifeShare(), best.lambda(), best.twoStepShare(),
                best.validationHits20(), ex.y.length);
    }

    /** The model that ranks by feature {@code j} alone. */
    static LogisticModel single(int j) {
        double[] w = new double[LinkFeatures.SIZE];
        double[] sd = new double[LinkFeatures.SIZE];
        java.util.Arrays.fill(sd, 1);
        w[j] = 1;
        return new LogisticModel(LinkFeatures.NAMES, new double[LinkFeatures.SIZE], sd, w, 0);
    }

    /** The time of the last of the first {@code count} events. */
    public static double time(List<long[]> events, int count) {
        return events.get(count - 1)[2];
    }

    /** The pairs first in touch in events {@code [from, to)}, both seen in {@code f} and not linked there, in order. */
    public static List<NewPair> newPairs(List<long[]> events, int from, int to, LinkFeatures f) {
        Map<Long, NewPair> first = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            long[] e = events.get(i);
            int a = (int) e[0];
            int b = (int) e[1];
            if (a == b || !f.seen(a) || !f.seen(b) || f.linked(a, b)) {
                continue;
            }
            first.putIfAbsent(((long) Math.min(a, b) << 32) | Math.max(a, b), new NewPair(a, b));
        }
        return new ArrayList<>(first.values());
    }

    private record Examples(double[][] x, boolean[] y) {
        static Examples join(Examples a, Examples b) {
            double[][] x = java.util.Arrays.copyOf(a.x, a.x.length + b.x.length);
            System.arraycopy(b.x, 0, x, a.x.length, b.x.length);
            boolean[] y = java.util.Arrays.copyOf(a.y, a.y.length + b.y.length);
            System.arraycopy(b.y, 0, y, a.y.length, b.y.length);
            return new Examples(x, y);
        }
    }

    /**
     * Ranking examples: for each new pair, the difference of its features and those of a person {@code u} did not
     * contact (alternately negated, so the classes balance): {@value #NEGATIVES} random candidates and two-step
     * candidates, and with a {@code previous} model its {@value #MINED} best-scored wrong candidates (the ones the
     * top of a ranking is lost to).
     */
    private static Examples examples(LinkFeatures f, List<NewPair> pairs, double twoStepShare) {
        Random random = new Random(SEED);
        int[] seen = seen(f);
        Map<Integer, Set<Integer>> positives = positivesByQuery(pairs);
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        Map<Integer, List<NewPair>> byQuery = byQuery(pairs);
        for (Map.Entry<Integer, List<NewPair>> e : byQuery.entrySet()) {
            int u = e.getKey();
            Set<Integer> mine = positives.get(u);
            LinkFeatures.Query q = f.query(u);
            List<Integer> twoStep = new ArrayList<>();
            Set<Integer> two = new HashSet<>();
            for (int z : f.neighbours(u)) {
                for (int v : f.neighbours(z)) {
                    if (v != u && !f.linked(u, v) && !mine.contains(v) && two.add(v)) {
                        twoStep.add(v);
                    }
                }
            }
            twoStep.sort(null);
            List<Integer> negatives = new ArrayList<>();
            for (int k = 0; k < NEGATIVES; k++) {
                int v = random.nextDouble() < twoStepShare && !twoStep.isEmpty() ? twoStep.get(random.nextInt(twoStep.size()))
                        : seen[random.nextInt(seen.length)];
                if (v != u && !f.linked(u, v) && !mine.contains(v)) {
                    negatives.add(v);
                }
            }
            for (NewPair p : e.getValue()) {
                double[] pos = q.row(p.v(), 0);
                for (int v : negatives) {
                    double[] neg = q.row(v, 0);
                    boolean flip = (xs.size() & 1) == 1;
                    double[] d = new double[pos.length];
                    for (int j = 0; j < d.length; j++) {
                        d[j] = flip ? neg[j] - pos[j] : pos[j] - neg[j];
                    }
                    xs.add(d);
                    ys.add(!flip);
                }
            }
        }
        boolean[] y = new boolean[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
        }
        return new Examples(xs.toArray(new double[0][]), y);
    }

    /** Hits@20 and MRR of each model over {@code pairs}, each ranked among all candidates (average rank on ties). */
    private static double[][] rank(LinkFeatures f, List<NewPair> pairs, List<LogisticModel> models) {
        double[][] out = new double[models.size()][2];
        if (pairs.isEmpty()) {
            return out;
        }
        Map<Integer, Set<Integer>> positives = positivesByQuery(pairs);
        int[] seen = seen(f);
        double[][] score = new double[models.size()][f.size()];
        for (Map.Entry<Integer, List<NewPair>> e : byQuery(pairs).entrySet()) {
            int u = e.getKey();
            LinkFeatures.Query q = f.query(u);
            for (int v : seen) {
                double[] row = q.row(v, 0);
                for (int k = 0; k < models.size(); k++) {
                    score[k][v] = models.get(k).score(row);
                }
            }
            boolean[] excluded = excluded(f, u, positives.get(u));
            for (NewPair p : e.getValue()) {
                for (int k = 0; k < models.size(); k++) {
                    double r = averageRank(score[k], p.v(), seen, c -> excluded[c]);
                    out[k][0] += r <= 20 ? 1.0 / pairs.size() : 0;
                    out[k][1] += 1 / r / pairs.size();
                }
            }
        }
        return out;
    }

    /**
     * The rank of {@code target} by {@code score} among {@code candidates} not {@code excluded} (the target itself
     * always counts): {@code 1 + #higher + #tied / 2}, the mean of the positions the tied ones could take.
     */
    public static double averageRank(double[] score, int target, int[] candidates,
                                     java.util.function.IntPredicate excluded) {
        double s = score[target];
        int higher = 0;
        int tied = 0;
        for (int c : candidates) {
            if (c == target || excluded.test(c)) {
                continue;
            }
            if (score[c] > s) {
                higher++;
            } else if (score[c] == s) {
                tied++;
            }
        }
        return 1 + higher + tied / 2.0;
    }

    /** The candidates query {@code u} leaves out: itself, its neighbours and its {@code targets}. */
    public static boolean[] excluded(LinkFeatures f, int u, Set<Integer> targets) {
        boolean[] out = new boolean[f.size()];
        out[u] = true;
        for (int z : f.neighbours(u)) {
            out[z] = true;
        }
        for (int z : targets) {
            out[z] = true;
        }
        return out;
    }

    static int[] seen(LinkFeatures f) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            if (f.seen(i)) {
                s.add(i);
            }
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    static Map<Integer, Set<Integer>> positivesByQuery(List<NewPair> pairs) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        for (NewPair p : pairs) {
            out.computeIfAbsent(p.u(), k -> new HashSet<>()).add(p.v());
        }
        return out;
    }

    static Map<Integer, List<NewPair>> byQuery(List<NewPair> pairs) {
        Map<Integer, List<NewPair>> out = new LinkedHashMap<>();
        for (NewPair p : pairs) {
            out.computeIfAbsent(p.u(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** {@code max} of {@code pairs}, a seeded shuffle's first (the fit's validation sample); all when fewer. */
    public static List<NewPair> sample(List<NewPair> pairs, int max) {
        if (pairs.size() <= max) {
            return pairs;
        }
        List<NewPair> copy = new ArrayList<>(pairs);
        java.util.Collections.shuffle(copy, new Random(SEED));
        return copy.subList(0, max);
    }
}
