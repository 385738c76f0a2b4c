package dev.kith.intros;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy mixing on a validation window: a fitted model plus {@code c} times one more feature, kept only when it
 * ranks the window's new pairs better (Hits@20 by at least {@value #MIN_GAIN} of the pairs, MRR on a tie). A
 * pairwise logistic fit with random negatives learns what separates a new contact from a random person (mostly
 * activity); the top of a ranking is decided between strong candidates, where a mechanism such as "a partner's
 * partner" or "someone busy lately" may deserve a different share. Each term is scaled by the spread of the
 * model's scores and of the feature over the window's candidates, so the grid {@link #SHARES} means the same on
 * any network. At most {@value #ROUNDS} terms. The result is still one {@link LogisticModel}: a term only moves
 * one standardized weight, so explanations stay the model's contributions.
 */
final class Mixing {
    static final double[] SHARES = {-0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1, 2, 4};
    static final int ROUNDS = 2;
    static final double MIN_GAIN = 0.005;
    /** Queries whose candidates give the spreads. */
    private static final int SPREAD_QUERIES = 60;

    private final LinkFeatures f;
    private final List<TemporalFit.NewPair> pairs;
    private final Map<Integer, Set<Integer>> positives;
    private final Map<Integer, List<TemporalFit.NewPair>> byQuery;
    private final int[] seen;

    Mixing(LinkFeatures f, List<TemporalFit.NewPair> pairs) {
        this.f = f;
        this.pairs = pairs;
        this.positives = TemporalFit.positivesByQuery(pairs);
        this.byQuery = TemporalFit.byQuery(pairs);
        this.seen = TemporalFit.seen(f);
    }

    /** A term: {@code share} times feature {@code feature}, in units of the spreads. */
    record Term(int feature, double share) {
    }

    /** The terms that improve {@code model} on the window, greedily, in order. */
    List<Term> terms(LogisticModel model) {
        List<Term> chosen = new ArrayList<>();
        LogisticModel current = model;
        double[] now = evaluate(current, List.of()).get(0);
        for (int round = 0; round < ROUNDS && !pairs.isEmpty(); round++) {
            List<Term> tries = new ArrayList<>();
            for (int j = 0; j < LinkFeatures.SIZE - 1; j++) {
                for (double s : SHARES) {
                    tries.add(new Term(j, s));
                }
            }
            List<double[]> results = evaluate(current, tries);
            int best = -1;
            double[] bestResult = now;
            for (int t = 0; t < tries.size(); t++) {
                double[] r = results.get(t + 1);
                boolean better = r[0] >= bestResult[0] + MIN_GAIN
                        || best >= 0 && r[0] == bestResult[0] && r[1] > bestResult[1];
                if (better) {
                    best = t;
                    bestResult = r;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(tries.get(best));
            current = apply(current, List.of(tries.get(best)));
            now = bestResult;
        }
        return chosen;
    }

    /** {@code model} with {@code terms} added, scaled by the spreads on this window. */
    LogisticModel apply(LogisticModel model, List<Term> terms) {
        LogisticModel current = model;
        for (Term t : terms) {
            double[] spread = spreads(current);
            double[] w = current.weights();
            double[] sd = current.sds();
            if (spread[t.feature() + 1] > 0) {
                w[t.feature()] += t.share() * spread[0] * sd[t.feature()] / spread[t.feature() + 1];
            }
            current = new LogisticModel(current.names(), current.means(), sd, w, current.intercept());
        }
        return current;
    }

    /** The spread (standard deviation) of the model's scores, then of each feature, over sampled candidates. */
    private double[] spreads(LogisticModel model) {
        int k = LinkFeatures.SIZE;
        double[] sum = new double[k + 1];
        double[] sq = new double[k + 1];
        long n = 0;
        int queries = 0;
        for (int u : byQuery.keySet()) {
            if (queries++ == SPREAD_QUERIES) {
                break;
            }
            LinkFeatures.Query q = f.query(u);
            for (int v : seen) {
                if (v == u) {
                    continue;
                }
                double[] row = q.row(v, 0);
                double s = model.score(row);
                sum[0] += s;
                sq[0] += s * s;
                for (int j = 0; j < k; j++) {
                    sum[j + 1] += row[j];
                    sq[j + 1] += row[j] * row[j];
                }
                n++;
            }
        }
        double[] out = new double[k + 1];
        for (int j = 0; j <= k && n > 1; j++) {
            double mean = sum[j] / n;
            out[j] = Math.sqrt(Math.max(0, sq[j] / n - mean * mean));
        }
        return out;
    }

    /** Hits@20 and MRR of {@code model} (first) and of {@code model} plus each of {@code tries}. */
    private List<double[]> evaluate(LogisticModel model, List<Term> tries) {
        double[] spread = spreads(model);
        int m = tries.size() + 1;
        double[][] out = new double[m][2];
        double[] base = new double[f.size()];
        double[] score = new double[f.size()];
        double[][] x = new double[LinkFeatures.SIZE][f.size()];
        for (Map.Entry<Integer, List<TemporalFit.NewPair>> e : byQuery.entrySet()) {
            int u = e.getKey();
            LinkFeatures.Query q = f.query(u);
            for (int v : seen) {
                double[] row = q.row(v, 0);
                base[v] = model.score(row);
                for (int j = 0; j < row.length; j++) {
                    x[j][v] = row[j];
                }
            }
            Set<Integer> mine = positives.get(u);
            boolean[] excluded = TemporalFit.excluded(f, u, mine);
            for (int t = 0; t < m; t++) {
                double[] s = base;
                if (t > 0) {
                    Term term = tries.get(t - 1);
                    double c = spread[term.feature() + 1] > 0 ? term.share() * spread[0] / spread[term.feature() + 1] : 0;
                    double[] xj = x[term.feature()];
                    for (int v : seen) {
                        score[v] = base[v] + c * xj[v];
                    }
                    s = score;
                }
                for (TemporalFit.NewPair p : e.getValue()) {
                    double r = TemporalFit.averageRank(s, p.v(), seen, c -> excluded[c]);
                    out[t][0] += r <= 20 ? 1.0 / pairs.size() : 0;
                    out[t][1] += 1 / r / pairs.size();
                }
            }
        }
        return List.of(out);
    }
}
