package dev.kith.intros;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Picks the best pairs by score, {@code content + }{@link LinkScorer#score}{@code (structural, prior)}
 * rounded to thousandths, reading friends' activities only where the choice depends on them.
 *
 * <p>A pair's structural score computed with the activities {@link Acquaintances} knows is an upper
 * bound of the exact one (a friend's activity is at least its ties to the paired people, and a larger
 * activity only lowers the score), and 0 is a lower bound. So a pair whose upper bound is below the
 * {@code limit}-th best lower bound cannot be chosen; the rest are scored exactly in order of their
 * upper bound, a few at a time, until the next upper bound falls below the worst pair kept. The result
 * is the one exact scores of every pair would give, ties broken the same way (lower pair key first).
 * Time: one structural score per candidate, plus the exact scores and activity reads of the few near
 * the top.
 */
final class BestPairs {
    /** How many pairs are scored exactly per read of activities. */
    static final int CHUNK = 32;

    /** A candidate pair (key as {@link Suggestions#pair}) with its content score and its prior. */
    record Candidate(long key, double content, double prior) {
    }

    /** A chosen pair and its exact score. */
    record Scored(long key, double score) {
    }

    private record Bounded(Candidate candidate, double upper) {
    }

    private BestPairs() {
    }

    /** The {@code limit} best of {@code candidates}, in no particular order. */
    static List<Scored> best(List<Candidate> candidates, int limit, Acquaintances acquaintances) {
        TieGraph g = acquaintances.graph();
        double floor = floor(candidates, limit);
        List<Bounded> open = new ArrayList<>();
        for (Candidate c : candidates) {
            double upper = score(c, LinkScorer.structural(g, Suggestions.first(c.key()), Suggestions.second(c.key()),
                    acquaintances::activity));
            if (upper >= floor) {
                open.add(new Bounded(c, upper));
            }
        }
        open.sort(Comparator.comparingDouble(Bounded::upper).reversed());

        // The best `limit` pairs by score (then key), kept in a bounded heap whose head is the worst kept.
        Comparator<Scored> better = Comparator.comparingDouble(Scored::score)
                .thenComparing(Comparator.comparingLong(Scored::key).reversed());
        PriorityQueue<Scored> best = new PriorityQueue<>(better);
        for (int from = 0; from < open.size(); from += CHUNK) {
            if (best.size() >= limit && open.get(from).upper() < best.peek().score()) {
                break;
            }
            List<Bounded> chunk = open.subList(from, Math.min(open.size(), from + CHUNK));
            List<Integer> friends = new ArrayList<>();
            for (Bounded x : chunk) {
                g.commonNeighbours(Suggestions.first(x.candidate().key()), Suggestions.second(x.candidate().key()),
                        friends::add);
            }
            acquaintances.readActivities(friends);
            for (Bounded x : chunk) {
                Candidate c = x.candidate();
                double structural = LinkScorer.structural(g, Suggestions.first(c.key()), Suggestions.second(c.key()),
                        acquaintances::activity);
                best.add(new Scored(c.key(), score(c, structural)));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        return new ArrayList<>(best);
    }

    /** The {@code limit}-th best lower bound (the score without ties in common), or -∞ when there are fewer candidates. */
    private static double floor(List<Candidate> candidates, int limit) {
        if (candidates.size() < limit) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] top = new double[limit]; // the best lower bounds so far, descending
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (Candidate c : candidates) {
            double low = score(c, 0);
            if (low > top[limit - 1]) {
                int i = limit - 1;
                while (i > 0 && top[i - 1] < low) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = low;
            }
        }
        return top[limit - 1];
    }

    /** The pair's score given its structural score: what {@code kith intros} shows. */
    private static double score(Candidate c, double structural) {
        return Math.round((c.content() + LinkScorer.score(structural, c.prior())) * 1000) / 1000.0;
    }
}
